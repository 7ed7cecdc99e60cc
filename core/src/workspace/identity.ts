import { HEADER_ALIASES, HEADER_LINE, readYear } from '../model/build';
import type { HeaderField, ReportModel } from '../model/types';
import { toHalfWidth } from '../text/normalize';

/** Who published a report and for which year: the key of the workspace index. */
export interface ReportIdentity {
  agency?: string;
  /** Normalised agency name (see agencyKey); absent when 机关 is missing or empty. */
  agencyKey?: string;
  year?: number;
}

/**
 * Two spellings of one agency compare equal: widths, spaces and punctuation are ignored,
 * and 人民政府 equals 政府 (宿迁市人民政府 = 宿迁市政府). Nothing else is guessed: a wrong
 * match would compare two different agencies' numbers.
 */
export function agencyKey(name: string): string {
  return toHalfWidth(name)
    .replace(/[\s()（）[\]【】〔〕“”"'‘’·・,，、.．。:：;；]/g, '')
    .replace(/人民政府/g, '政府');
}

/** Identity from a built model. */
export function identityOf(model: ReportModel): ReportIdentity {
  return fromHeader(model.header);
}

/**
 * Identity from the header lines alone, without parsing the body: cheap enough to index
 * thousands of files on the main thread. Agrees with buildModel's header reading.
 */
export function scanIdentity(text: string): ReportIdentity {
  return scanHeader(text).identity;
}

/**
 * scanIdentity, and how much of the text it read: `headerEnd` is just past the line that ended the
 * header (its line break included), so a text that starts with the same `headerEnd` characters has
 * the same identity; absent when the header ran to the end of the text (any addition may extend it).
 */
export function scanHeader(text: string): { identity: ReportIdentity; headerEnd?: number } {
  const header: Array<Pick<HeaderField, 'key'> & { value: { text: string } }> = [];
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let headerEnd: number | undefined;
  while (position < text.length) {
    let end = text.indexOf('\n', position);
    if (end < 0) end = text.length;
    const line = text.slice(position, end).replace(/\r$/, '');
    position = end + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('%%')) continue;
    const match = /^[ \t\u3000]*#/.test(line) ? null : HEADER_LINE.exec(line);
    if (!match) { headerEnd = end < text.length ? end + 1 : undefined; break; } // a heading, or the preamble has begun: no more header fields
    header.push({ key: HEADER_ALIASES[match[1]], value: { text: match[2] } });
  }
  return { identity: fromHeader(header as HeaderField[]), headerEnd };
}

function fromHeader(header: HeaderField[]): ReportIdentity {
  const agency = header.find((f) => f.key === '机关')?.value.text.trim();
  const key = agency ? agencyKey(agency) : '';
  return { agency: agency || undefined, agencyKey: key || undefined, year: readYear(header) };
}
