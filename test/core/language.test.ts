import * as assert from 'assert';
import fc from 'fast-check';
import {
  analyze, createLanguageService, exportDocx, exportHtml, layoutReport, LineIndex, reportSkeleton, SEMANTIC_TOKENS_LEGEND,
  type Position, type Range,
} from '../../core/src';
import { completions } from '../../core/src/features/completion';
import { meaningOf } from '../../core/src/features/formatting';
import { hover } from '../../core/src/features/hover';
import { selectionRanges } from '../../core/src/features/selectionRanges';

/**
 * The facade (core/src/language) driven as the server drives it: text with a cursor mark `‸`,
 * LSP positions in, LSP results out. The report is a made-up one (青石县审计局), built from the
 * core's own skeleton with numbers we chose.
 */
const service = createLanguageService();
const CURSOR = '‸';

/** The text without its cursor mark, and the mark's LSP position. */
function cursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0 && marked.indexOf(CURSOR, offset + 1) < 0, 'exactly one cursor mark');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, position: new LineIndex(text).positionAt(offset) };
}

/** Applies LSP edits (non-overlapping) to a text. */
function applyLsp(text: string, edits: Array<{ range: Range; newText: string }>): string {
  const index = new LineIndex(text);
  const spans = edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }));
  spans.sort((a, b) => b.start - a.start || b.end - a.end);
  return spans.reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

const NEW_REQUESTS = '一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0';
/** A year of 青石县审计局 whose row 一 of table 三 has a wrong total (15, the terms give 16) and one blank cell in table 二. */
const REPORT = reportSkeleton({ year: 2024, agency: '青石县审计局' })
  .replace(NEW_REQUESTS, '一、本年新收政府信息公开申请数量 | 12 | 3 | 0 | 0 | 0 | 1 | 15')
  .replace('行政许可 | 0', '行政许可 | ');

describe('language service facade: every feature from text and cursor positions', () => {
  it('diagnostics: LSP severity numbers, source, code, the blank cell faded', () => {
    const analysis = analyze(REPORT);
    const published = service.diagnostics(analysis, 'file:///qingshi.zfxxgk');
    assert.strictEqual(published.length, analysis.diagnostics.length);
    const total = published.find((d) => d.code === 'table3.rowTotal')!;
    assert.strictEqual(total.severity, 1);
    assert.strictEqual(total.source, 'zfxxgk');
    assert.strictEqual(total.range.start.line, REPORT.split('\n').findIndex((l) => l.startsWith('一、本年新收')));
    const blank = published.find((d) => d.code === 'cell.blank');
    assert.ok(blank, 'the blank cell is reported');
    assert.deepStrictEqual(blank.tags, [1], 'a blank is shown faded (DiagnosticTag.Unnecessary)');
    assert.ok(published.filter((d) => d.code !== 'cell.blank').every((d) => d.tags === undefined));
  });

  it('hover at a cursor on a total: the sum with its terms, in the analysis locale', () => {
    const { text, position } = cursor(REPORT.replace('| 1 | 15', '| 1 | 1‸5'));
    const zh = service.hover(analyze(text), position)!;
    assert.strictEqual(zh.contents.kind, 'markdown');
    assert.match(zh.contents.value, /12 \+ 3 \+ 0 \+ 0 \+ 0 \+ 1 = 16（实为 15）/);
    assert.ok(zh.range.start.line === position.line && zh.range.start.character <= position.character && position.character <= zh.range.end.character);
    const en = service.hover(analyze(text, { locale: 'en' }), position)!;
    assert.match(en.contents.value, /= 16 \(found 15\)/);
    assert.strictEqual(service.hover(analyze(text), { line: 0, character: 0 })?.contents.value.includes('**标题**'), true);
  });

  it('completion at a cursor on an empty line of table 三 offers the missing row', () => {
    const { text, position } = cursor(REPORT.replace(`二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n`, `${CURSOR}\n`));
    const items = service.completion(analyze(text), position);
    const row = items.find((i) => i.label === '二、上年结转政府信息公开申请数量');
    assert.ok(row, 'the removed row is offered');
    assert.deepStrictEqual(row.textEdit.range.start, { line: position.line, character: 0 });
    assert.ok(applyLsp(text, [row.textEdit]).includes('二、上年结转政府信息公开申请数量 |'));
  });

  it('inlay hints within a range: the computed value of a blank total, column names as set', () => {
    const text = REPORT.replace('| 1 | 15', '| 1 | ');
    const analysis = analyze(text);
    const line = text.split('\n').findIndex((l) => l.startsWith('一、本年新收'));
    const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
    assert.deepStrictEqual(service.inlayHints(analysis, range, { columnNames: 'off' }).map((h) => h.label), ['= 16']);
    const named = service.inlayHints(analysis, range, { columnNames: 'full' });
    assert.strictEqual(named[0].label, '自然人:');
    assert.ok(named.every((h) => h.position.line === line));
    assert.deepStrictEqual(service.inlayHints(analysis, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, { columnNames: 'full' }), []);
  });

  it('outline, folding, selection ranges and semantic tokens of the same analysis', () => {
    const analysis = analyze(REPORT);
    const symbols = service.documentSymbols(analysis);
    assert.deepStrictEqual(symbols.filter((s) => s.kind === 3).map((s) => s.name.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、']);
    const folds = service.foldingRanges(analysis);
    assert.ok(folds.length >= 6 && folds.every((f) => f.startLine < f.endLine));
    const { text, position } = cursor(REPORT.replace('| 1 | 15', '| 1 | 1‸5'));
    let selection: { range: Range; parent?: unknown } | undefined = service.selectionRanges(analyze(text), [position])[0];
    const chain: Range[] = [];
    for (; selection; selection = selection.parent as typeof selection) chain.push(selection.range);
    assert.ok(chain.length >= 3, 'cell → row → … → document');
    assert.strictEqual(chain[0].start.line, position.line);
    assert.strictEqual(text.split('\n')[chain[0].start.line].slice(chain[0].start.character, chain[0].end.character), '15');
    const tokens = service.semanticTokens(analysis).data;
    assert.ok(tokens.length > 0 && tokens.length % 5 === 0);
    assert.ok(tokens.filter((_, i) => i % 5 === 3).every((t) => t < SEMANTIC_TOKENS_LEGEND.tokenTypes.length));
  });

  it('formatting: the whole document, or the range only; the meaning never changes', () => {
    const messy = REPORT.replace('行政处罚 | 0', '行政处罚|0').replace('规章 | 0 | 0 | 0', '规章|0|   0 | 0');
    const analysis = analyze(messy);
    const all = applyLsp(messy, service.format(analysis));
    assert.strictEqual(meaningOf(analyze(all).model), meaningOf(analysis.model));
    assert.ok(!all.includes('行政处罚|0') && !all.includes('规章|0|'), 'both messy lines are aligned');
    assert.deepStrictEqual(service.format(analyze(all)), [], 'formatting is idempotent');
    const line = messy.split('\n').findIndex((l) => l === '行政处罚|0');
    const part = applyLsp(messy, service.format(analysis, { start: { line, character: 0 }, end: { line, character: 3 } }));
    assert.ok(part.includes('规章|0|   0 | 0'), 'a table outside the range is left as it was');
    assert.ok(!part.includes('行政处罚|0'));
  });

  it('code actions in a range: the fix of a wrong total, applied, clears it', () => {
    const analysis = analyze(REPORT);
    const line = REPORT.split('\n').findIndex((l) => l.startsWith('一、本年新收'));
    const actions = service.codeActions(analysis, 'file:///qingshi.zfxxgk', { start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === 'table3.rowTotal') && a.isPreferred);
    assert.ok(fix, 'a preferred fix of the total');
    const fixed = applyLsp(REPORT, fix.edit.changes['file:///qingshi.zfxxgk']);
    assert.ok(!analyze(fixed).diagnostics.some((d) => d.code === 'table3.rowTotal'));
    assert.deepStrictEqual(service.codeActions(analysis, 'file:///qingshi.zfxxgk', { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }), []);
  });

  it('cell edit: a value typed into the preview as LSP edits of the current text', () => {
    const analysis = analyze(REPORT);
    const result = service.cellEdit(analysis, { table: 'table3', row: 'new', column: 6 }, '１６');
    assert.ok(result.ok, JSON.stringify(result));
    const edited = applyLsp(REPORT, result.edits);
    assert.ok(edited.includes('一、本年新收政府信息公开申请数量 | 12 | 3 | 0 | 0 | 0 | 1 | 16'));
    assert.deepStrictEqual(service.cellEdit(analysis, { table: 'table3', row: 'new', column: 6 }, '1|2'), { ok: false, reason: 'badValue' });
    assert.deepStrictEqual(service.cellEdit(analysis, { table: 'table3', row: 'noSuchRow', column: 0 }, '1'), { ok: false, reason: 'unknownCell' });
  });

  it('export: HTML and DOCX from the analysis equal those from its layout', async () => {
    const analysis = analyze(REPORT);
    const layout = layoutReport(analysis.model, analysis.diagnostics);
    assert.strictEqual(exportHtml(analysis), exportHtml(layout));
    assert.ok(exportHtml(analysis).includes('青石县审计局'));
    const docx = await exportDocx(analysis);
    assert.strictEqual(Buffer.from(docx.subarray(0, 2)).toString('latin1'), 'PK', 'a zip (DOCX) file');
  });

  it('positions are converted in one place: the facade equals the features at offsetAt(position)', () => {
    const analysis = analyze(REPORT);
    const { model, diagnostics, locale } = analysis;
    const lines = REPORT.split('\n');
    fc.assert(fc.property(fc.nat(lines.length - 1), fc.nat(80), (line, character) => {
      const position = { line, character };
      const offset = model.index.offsetAt(position);
      assert.deepStrictEqual(service.hover(analysis, position), hover(model, diagnostics, offset, locale) ?? null);
      assert.deepStrictEqual(service.completion(analysis, position), completions(model, offset, locale));
      assert.deepStrictEqual(service.selectionRanges(analysis, [position]), selectionRanges(model, [offset]));
    }), { numRuns: 200 });
  });

  it('an analysis records its locale; the features answer in it', () => {
    assert.strictEqual(analyze(REPORT).locale, 'zh-cn');
    const en = analyze(REPORT, { locale: 'en' });
    assert.strictEqual(en.locale, 'en');
    assert.ok(service.documentSymbols(en).some((s) => s.detail === 'Table 三 (requests)'));
  });
});
