import { atLeast, type Locale, type ReportDiagnostic, type Severity } from '../../../core/src';
import { terminalLine } from '../io';
import { cliText } from '../messages';
import type { FileResult } from './analyze';
import { placeText, type CellPlace } from './places';

const FIRST_CELLS = 3;

/**
 * The text output of `check`: one line per diagnostic at or above `min`, terminal-safe.
 * Blank-cell hints below the threshold are not printed one per cell (a report that leaves its
 * zeros blank would print a hundred of them, issue 16): each table's `table.incomplete` line
 * names which checks stood down and the first few blank cells instead. Returns how many
 * diagnostics were left out, for the closing line.
 */
export function printText(files: FileResult[], locale: Locale, min: Severity, out: (text: string) => void): number {
  let hidden = 0;
  for (const file of files) {
    const blanks = new Map<string, CellPlace[]>();
    file.diagnostics.forEach((d, i) => {
      if (d.code === 'cell.blank' && !atLeast(d.severity, min) && file.places?.[i]) {
        const place = file.places[i]!;
        (blanks.get(place.table) ?? blanks.set(place.table, []).get(place.table)!).push(place);
      }
    });
    file.diagnostics.forEach((d, i) => {
      if (!atLeast(d.severity, min)) { hidden++; return; }
      const where = file.imported ? `${file.path}:` : `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}:`;
      const place = file.places?.[i];
      let tail = place && d.code !== 'table.incomplete' ? ` [${placeText(place, locale)}]` : '';
      if (d.code === 'table.incomplete') tail = blankSummary(d, blanks.get(String(d.data.table)) ?? [], locale);
      out(terminalLine(`${where} ${d.severity} ${d.code} ${d.message}${tail}`));
    });
  }
  return hidden;
}

/** `（前 3 个：（一）予以公开 · 自然人；…）；未进行的勾稽检查：table3.balance、…；--min-severity hint 逐格列出`. */
function blankSummary(d: ReportDiagnostic, cells: CellPlace[], locale: Locale): string {
  const zh = locale === 'zh-cn';
  const checks = Array.isArray(d.data.skippedChecks) ? (d.data.skippedChecks as string[]) : [];
  const parts: string[] = [];
  if (cells.length > 0) {
    const first = cells.slice(0, FIRST_CELLS).map((c) => [c.row, c.column].filter(Boolean).join(' · ')).join(zh ? '；' : '; ');
    parts.push(zh ? `空白如 ${first}${cells.length > FIRST_CELLS ? ' 等' : ''}` : `blank e.g. ${first}${cells.length > FIRST_CELLS ? ' …' : ''}`);
  }
  if (checks.length > 0) parts.push(cliText('blankChecks', locale, { codes: checks.join(zh ? '、' : ', ') }));
  if (cells.length > 0) parts.push(zh ? '--min-severity hint 逐格列出' : '--min-severity hint lists each cell');
  return parts.length === 0 ? '' : zh ? ` 〔${parts.join('；')}〕` : ` [${parts.join('; ')}]`;
}
