import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze, readCell, toHalfWidth } from '../../../core/src';
import { applyEdits, formatEdits, meaningOf } from '../../../core/src/features/formatting';
import { importText } from '../../../core/src/import';
import { example, QINGSHI, ROOT, SEED } from '../../helpers/examples';
import { REPORTS_DIR } from '../../helpers/imported';

const format = (text: string, range?: { start: number; end: number }) => applyEdits(text, formatEdits(analyze(text).model, range));

/** Every input the formatter must keep intact: examples, hand-made messy reports, the real reports' text. */
function corpus(): Array<[string, string]> {
  const files = (dir: string): string[] => fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? files(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`]));
  // The published reports are read in place (third-party text: never copied into the project).
  const published = files(path.relative(ROOT, REPORTS_DIR)).filter((f) => f.endsWith('.txt'));
  const inputs = [...['examples', 'test/fixtures/messy'].flatMap(files), ...published].map((file) => [file, fs.readFileSync(path.join(ROOT, file), 'utf8')] as [string, string]);
  // Every published report once imported into the language, as the issue asks.
  const imported = published
    .map((file) => [`${file} (imported)`, importText(fs.readFileSync(path.join(ROOT, file), 'utf8')).text] as [string, string]);
  return [...inputs, ...imported];
}

/** The lines that are neither table lines nor headings/captions/header fields: prose, notes, comments, blanks. */
function verbatimLines(text: string): string[] {
  const { model } = analyze(text);
  const structural = new Set<number>();
  const lineOf = (offset: number) => model.index.positionAt(offset).line;
  for (const f of model.header) structural.add(lineOf(f.start));
  for (const s of model.sections) {
    structural.add(s.heading.line);
    for (const item of s.items) if (item.kind !== 'prose' && item.kind !== 'note') structural.add(item.line);
  }
  return text.split(/\r\n|\r|\n/).filter((_, i) => !structural.has(i));
}

/** The non-space characters of every cell, by row, after half-width normalisation. */
function cellTexts(text: string): string[] {
  return Object.values(analyze(text).model.tables).flatMap((t) => t.all.map((r) => r.cells.map((c) => toHalfWidth(c.raw).replace(/\s/g, '')).join('|')));
}

describe('formatting', () => {
  for (const [name, text] of corpus()) {
    it(`is idempotent and keeps every prose character, number and meaning: ${name}`, () => {
      const once = format(text);
      assert.strictEqual(format(once), once, 'a second run changes nothing');
      assert.strictEqual(meaningOf(analyze(once).model), meaningOf(analyze(text).model));
      assert.deepStrictEqual(verbatimLines(once), verbatimLines(text));
      assert.deepStrictEqual(cellTexts(once), cellTexts(text));
      assert.strictEqual((once.match(/\r\n/g) ?? []).length, (text.match(/\r\n/g) ?? []).length, 'line endings kept');
    });
  }

  it('aligns the pipes of each table by display width (CJK counts 2), as the 青石 example is written', () => {
    const seed = format(example(SEED));
    assert.ok(seed.includes('一、本年新收政府信息公开申请数量                         | 0 | 0 | 0 | 0 | 0 | 0 | 0\n'));
    assert.ok(seed.includes('（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 |'));
    // The 青石 example's section 二 and table 四 are already in the formatter's layout.
    const qingshi = format(example(QINGSHI));
    assert.ok(qingshi.includes('规章           | 2  | 0  | 14\n行政规范性文件 | 11 | 19 | 73\n'));
    assert.ok(qingshi.includes('未经复议直接起诉 | 17 | 3  | 11  | 4  | 35\n'));
  });

  it('normalises markers, punctuation, full-width digits and label spellings to the statutory form', () => {
    const out = format(fs.readFileSync(path.join(ROOT, 'test/fixtures/messy/fullwidth-and-spacing.zfxxgk'), 'utf8'));
    assert.ok(out.includes('\n标题：某县统计局2023年政府信息公开工作年度报告\n机关：某县统计局\n年度：2023\n'));
    assert.ok(out.includes('\n# 一、总体情况\n'));
    assert.ok(out.includes('\n# 二、主动公开政府信息情况\n## 第二十条第（一）项\n'));
    assert.ok(out.includes('\n规章           | 0 | 0 | 0\n行政规范性文件 | 3 | 1 | 12\n'));
    assert.ok(out.includes('\n行政事业性收费 | 0.5\n'));
    assert.ok(/\n一、本年新收政府信息公开申请数量 +\| 5 \|/.test(out));
    assert.ok(/\n5\.属于三类内部事务信息 +\| 0/.test(out));
    assert.ok(/\n3\.危及“三安全一稳定” +\| 0/.test(out));
    assert.ok(out.includes('\n三、本年度办理结果\n（一）予以公开'));
    // Prose keeps its pipes, spaces and trailing blanks; a variant heading is left to its quick fix.
    assert.ok(out.includes('\n本局  认真贯彻《条例》，｜这一行正文里有竖线｜，不能动。   \n\t缩进的正文也不能动。\n'));
    assert.ok(out.includes('\n# 五、政府信息公开工作存在的主要问题及改进情况\n'));
  });

  it('makes minimal edits, each within one line, never a whole-document replace', () => {
    const text = example(SEED);
    const { model } = analyze(text);
    const edits = formatEdits(model);
    assert.ok(edits.length > 0);
    for (const edit of edits) {
      assert.strictEqual(model.index.positionAt(edit.start).line, model.index.positionAt(edit.end).line);
      assert.ok(!text.slice(edit.start, edit.end).includes('\n') && !edit.newText.includes('\n'));
    }
    // The seed's table 三 only needs label padding: every edit is an insertion of spaces.
    const table3 = edits.filter((e) => model.index.positionAt(e.start).line >= 40 && model.index.positionAt(e.start).line <= 68);
    assert.ok(table3.length > 0 && table3.every((e) => e.start === e.end && /^ +$/.test(e.newText)));
  });

  it('formats a range: only the lines it touches', () => {
    const text = example(SEED);
    const start = text.indexOf('（一）予以公开');
    const end = text.indexOf('\n', start);
    const edits = formatEdits(analyze(text).model, { start, end });
    assert.strictEqual(edits.length, 1);
    assert.strictEqual(format(text, { start, end }).split('\n').filter((l, i) => l !== text.split('\n')[i]).length, 1);
  });

  it('keeps the meaning of randomly mangled reports (pipes, spaces, full-width digits) and stays idempotent', () => {
    const base = example(QINGSHI);
    const lines = base.split('\n');
    const mangle = fc.array(fc.tuple(fc.nat(lines.length - 1), fc.constantFrom('pipe', 'space', 'digits', 'indent', 'trail')), { maxLength: 12 });
    fc.assert(fc.property(mangle, (ops) => {
      const copy = [...lines];
      for (const [i, op] of ops) {
        if (op === 'pipe') copy[i] = copy[i].replace('|', '｜');
        if (op === 'space') copy[i] = copy[i].replace(/ \| /, '|');
        if (op === 'digits') copy[i] = copy[i].replace(/\d/, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        if (op === 'indent') copy[i] = `  ${copy[i]}`;
        if (op === 'trail') copy[i] = `${copy[i]}  `;
      }
      const text = copy.join('\n');
      const once = format(text);
      assert.strictEqual(format(once), once);
      const before = analyze(text).model;
      const after = analyze(once).model;
      assert.strictEqual(meaningOf(after), meaningOf(before));
      // Values read the same in every cell.
      const values = (m: typeof before) => Object.values(m.tables).flatMap((t) => t.all.flatMap((r) => r.cells.map((c) => JSON.stringify(readCell(c.raw)))));
      assert.deepStrictEqual(values(after), values(before));
    }), { numRuns: 150, seed: 4 });
  });
});
