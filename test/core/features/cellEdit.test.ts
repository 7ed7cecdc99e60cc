import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, displayWidth, type TableId } from '../../../core/src';
import { cellEdit } from '../../../core/src/features/cellEdit';
import { applyEdits, formatEdits } from '../../../core/src/features/formatting';
import { example, QINGSHI, SEED } from '../../helpers/examples';

/** A made-up report (青石县人民政府) with blanks, a `/`, full-width pipes, trailing pipes and a short row. */
const QINGSHI_XIAN = `标题：青石县人民政府2025年政府信息公开工作年度报告
机关：青石县人民政府
年度：2025

# 二、主动公开政府信息情况
## 第二十条第（一）项
信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数
规章           |              | 0            | 4
行政规范性文件 | 12           | /            | 57
## 第二十条第（五）项
信息内容 | 本年处理决定数量
行政许可 ｜ 1342

# 三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 | 41 | 3 || 0 | 2 | 0 | 46
二、上年结转政府信息公开申请数量 | 2
（一）予以公开
（七）总计 | 40 | 3 | 0 | 0 | 2 | 0 | 45

# 四、政府信息公开行政复议、行政诉讼情况
| 行政复议         | 1 | 0 | 0 | 0 | 1 |
| 未经复议直接起诉 | 0 | 0 | 0 | 0 | 0 |
| 复议后起诉       | 0 | 0 | 0 | 0 |   |
`;

interface Target { table: TableId; row: string; column: number }

const edit = (text: string, target: Target, value: string) => {
  const result = cellEdit(analyze(text).model, target, value);
  assert.ok(result.ok, `edit of ${JSON.stringify(target)} refused`);
  return applyEdits(text, result.edits);
};

/** Every cell of every statutory row, by table/row/column: raw text. */
function cells(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of Object.values(analyze(text).model.tables)) {
    for (const [id, row] of table.rows) row.cells.forEach((c, i) => out.set(`${table.id}/${id}/${i}`, c.raw));
  }
  return out;
}

/** Statutory cells a report can be edited in: every column of every written statutory row. */
function targets(text: string): Target[] {
  const out: Target[] = [];
  for (const table of Object.values(analyze(text).model.tables)) {
    for (const [id, row] of table.rows) {
      if (row.resolution.status !== 'ok') continue;
      for (let column = 0; column < row.resolution.subTable.columns.length; column++) out.push({ table: table.id, row: id, column });
    }
  }
  return out;
}

/** Display columns of every pipe, per line. */
const pipeColumns = (line: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '|' || line[i] === '｜') out.push(displayWidth(line.slice(0, i)));
  return out;
};

const lineOf = (text: string, prefix: string) => text.split('\n').find((l) => l.startsWith(prefix));

describe('cell edit (a number typed in the preview)', () => {
  it('replaces a number in an unaligned row by exactly its characters', () => {
    const text = example(QINGSHI);
    const result = cellEdit(analyze(text).model, { table: 'table3', row: 'granted', column: 0 }, '1076');
    assert.ok(result.ok);
    assert.strictEqual(result.edits.length, 1);
    const out = applyEdits(text, result.edits);
    assert.strictEqual(lineOf(out, '（一）予以公开'), '（一）予以公开 | 1076 | 16 | 0 | 0 | 39 | 4 | 1134');
    assert.strictEqual(out.length, text.length);
  });

  it('keeps an aligned column aligned: pads a shorter value, widens every aligned line for a longer one', () => {
    const text = example(QINGSHI);
    const shorter = edit(text, { table: 'table4', row: 'directSuit', column: 0 }, '7');
    assert.strictEqual(lineOf(shorter, '未经复议直接起诉'), '未经复议直接起诉 | 7  | 3  | 11  | 4  | 35');
    const longer = edit(text, { table: 'table4', row: 'directSuit', column: 1 }, '1234');
    assert.strictEqual(lineOf(longer, '行政复议'), '行政复议         | 58 | 41   | 133 | 29 | 261');
    assert.strictEqual(lineOf(longer, '未经复议直接起诉'), '未经复议直接起诉 | 17 | 1234 | 11  | 4  | 35');
    assert.strictEqual(lineOf(longer, '复议后起诉'), '复议后起诉       | 9  | 2    | 3   | 5  | 19');
  });

  it('fills a blank, a `/`, a missing cell and a cell after a full-width pipe', () => {
    let text = edit(QINGSHI_XIAN, { table: 'table2', row: 'rules', column: 0 }, '３');
    assert.strictEqual(lineOf(text, '规章'), '规章           | 3            | 0            | 4', 'full-width digits typed through an IME become half-width');
    text = edit(text, { table: 'table2', row: 'normative', column: 1 }, '2');
    assert.strictEqual(lineOf(text, '行政规范性文件'), '行政规范性文件 | 12           | 2            | 57');
    text = edit(text, { table: 'table3', row: 'new', column: 2 }, '0');
    assert.strictEqual(lineOf(text, '一、本年新收'), '一、本年新收政府信息公开申请数量 | 41 | 3 | 0 | 0 | 2 | 0 | 46');
    text = edit(text, { table: 'table3', row: 'carriedIn', column: 3 }, '5');
    assert.strictEqual(lineOf(text, '二、上年结转'), '二、上年结转政府信息公开申请数量 | 2 |  |  | 5');
    text = edit(text, { table: 'table2', row: 'licensing', column: 0 }, '1343');
    assert.strictEqual(lineOf(text, '行政许可'), '行政许可 ｜ 1343');
    text = edit(text, { table: 'table4', row: 'suitAfterReview', column: 4 }, '0');
    assert.strictEqual(lineOf(text, '| 复议后起诉'), '| 复议后起诉       | 0 | 0 | 0 | 0 | 0 |');
  });

  it('writes into a statutory row written without numbers (a label-only line)', () => {
    const text = edit(QINGSHI_XIAN, { table: 'table3', row: 'granted', column: 0 }, '30');
    assert.strictEqual(lineOf(text, '（一）予以公开'), '（一）予以公开 | 30');
  });

  it('refuses a pipe, a line break or a comment mark, and a cell that does not exist', () => {
    const { model } = analyze(QINGSHI_XIAN);
    for (const value of ['1|2', '1｜2', '1\n2', '%% 3']) {
      assert.deepStrictEqual(cellEdit(model, { table: 'table3', row: 'new', column: 0 }, value), { ok: false, reason: 'badValue' });
    }
    assert.deepStrictEqual(cellEdit(model, { table: 'table3', row: 'noSuchRow', column: 0 }, '1'), { ok: false, reason: 'unknownCell' });
    assert.deepStrictEqual(cellEdit(model, { table: '__proto__' as TableId, row: 'new', column: 0 }, '1'), { ok: false, reason: 'unknownCell' });
    assert.deepStrictEqual(cellEdit(model, { table: 'table3', row: 'new', column: 7 }, '1'), { ok: false, reason: 'unknownCell' });
    // 三、本年度办理结果 is a group row: not written here, so nothing to edit.
    assert.deepStrictEqual(cellEdit(model, { table: 'table3', row: 'results', column: 0 }, '1'), { ok: false, reason: 'unknownCell' });
  });

  it('marks follow: a wrong total edited right clears its diagnostic', () => {
    const text = edit(example(QINGSHI), { table: 'table3', row: 'granted', column: 6 }, '1135');
    const errors = analyze(text).diagnostics.filter((d) => d.severity === 'error');
    assert.ok(errors.length > 0, 'the row total is wrong now');
    const back = edit(text, { table: 'table3', row: 'granted', column: 6 }, '1134');
    assert.strictEqual(back, example(QINGSHI));
  });

  const texts: Array<[string, string]> = [
    ['青石 (unaligned 三, aligned 二/四)', example(QINGSHI)],
    ['孟州 seed', example(SEED)],
    ['青石 formatted (all aligned)', applyEdits(example(QINGSHI), formatEdits(analyze(example(QINGSHI)).model))],
    ['青石县 (blanks, /, full-width pipe, short rows)', QINGSHI_XIAN],
  ];
  const value = fc.oneof(
    fc.nat({ max: 10_000_000 }).map(String),
    fc.tuple(fc.nat({ max: 99999 }), fc.nat({ max: 9999 })).map(([a, b]) => `${a}.${b}`),
    fc.constantFrom('', '/', '0', '1234567', '——'),
  );

  for (const [name, text] of texts) {
    it(`property: the cell reads the value, no other cell or character changes, aligned pipes stay aligned (${name})`, () => {
      const all = targets(text);
      const before = cells(text);
      const lines = text.split('\n');
      fc.assert(fc.property(fc.constantFrom(...all), value, (target, typed) => {
        const result = cellEdit(analyze(text).model, target, typed);
        assert.ok(result.ok);
        const out = applyEdits(text, result.edits);
        const after = cells(out);
        const key = `${target.table}/${target.row}/${target.column}`;
        // The cell reads what was typed (a blank typed into a missing cell stays missing or blank).
        assert.strictEqual(after.get(key) ?? '', typed);
        for (const [k, raw] of before) if (k !== key) assert.strictEqual(after.get(k) ?? '', raw, `cell ${k} unchanged`);
        for (const [k, raw] of after) if (k !== key && !before.has(k)) assert.strictEqual(raw, '', `only blanks appear before ${key}: ${k}`);
        // Lossless: only spaces and pipes (of appended cells) change besides the edited cell's text.
        const outLines = out.split('\n');
        assert.strictEqual(outLines.length, lines.length, 'no line added or removed');
        const strip = (s: string) => s.replace(/[ |｜]/g, '');
        const changed = lines.map((l, i) => (strip(l) === strip(outLines[i]) ? -1 : i)).filter((i) => i >= 0);
        assert.ok(changed.length <= 1, 'only the edited line changes in substance');
        for (const i of changed) {
          const removed = strip(lines[i]);
          const added = strip(outLines[i]);
          const prefix = commonPrefix(removed, added);
          const rest = (s: string) => s.slice(prefix);
          assert.ok(rest(removed).endsWith(rest(added).slice(typed.length)) || rest(added).endsWith(rest(removed)), 'the rest of the line keeps its characters');
        }
        // Alignment: two lines whose k-th pipes lined up before still do.
        for (let i = 0; i < lines.length; i++) {
          for (let j = i + 1; j < Math.min(lines.length, i + 30); j++) {
            const [a, b, a2, b2] = [pipeColumns(lines[i]), pipeColumns(lines[j]), pipeColumns(outLines[i]), pipeColumns(outLines[j])];
            if (a.length !== a2.length || b.length !== b2.length) continue; // a row that got new cells
            for (let k = 0; k < Math.min(a.length, b.length); k++) {
              if (a[k] === b[k] && blockOf(text, i) === blockOf(text, j) && blockOf(text, i) >= 0) assert.strictEqual(a2[k], b2[k], `pipe ${k} of lines ${i} and ${j}`);
            }
          }
        }
      }), { numRuns: 60 });
    });
  }
});

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The table block (consecutive row lines between captions/headings) of a line, or -1. */
function blockOf(text: string, line: number): number {
  const lines = text.split('\n');
  if (!/[|｜]/.test(lines[line])) return -1;
  let start = line;
  while (start > 0 && /[|｜]/.test(lines[start - 1]) && !/^#/.test(lines[start - 1])) start--;
  return start;
}
