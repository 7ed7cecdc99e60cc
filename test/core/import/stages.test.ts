import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { FORMATS } from '../../../core/src/formats';
import { SECTIONS } from '../../../core/src/formats/sections';
import { readBlocks } from '../../../core/src/import/blocks';
import { tableCells } from '../../../core/src/import/cells';
import { readGrid, type GridRow, type TableGrid } from '../../../core/src/import/grid';
import { placeTable } from '../../../core/src/import/place';
import type { SourceDocument, SourceLine, Token } from '../../../core/src/import/types';
import { writeDocument } from '../../../core/src/import/writer';
import { ROOT } from '../../helpers/examples';
import { shuffle, random } from '../../helpers/generated';

/** Each stage of the import pipeline on its own: reader lines → blocks → grid → placement → writer. */

const T3 = FORMATS['2021'].tables.table3.subTables[0];
const NAMES = T3.columns.map((c) => c.label);
const doc = (lines: SourceLine[], kind: SourceDocument['kind'] = 'markdown'): SourceDocument => ({ kind, lines, removed: { pageNumbers: 0, runningHeaders: 0 } });
const gridOf = (lines: SourceLine[], positioned = false) => readGrid(tableCells(lines, positioned), 'table3', '2021', positioned);
const value = (text: string, line: number, extra: Partial<Token> = {}): Token => ({ kind: 'value', text, line, row: true, ...extra });
const row = (text: string, values: Token[], extra: Partial<GridRow> = {}): GridRow => ({ text, line: 0, lastLine: 0, values, group: false, ...extra });
const grid = (rows: GridRow[]): TableGrid => ({ rows, captions: [], values: rows.flatMap((r) => r.values), guesses: [] });

describe('import stages', () => {
  it('no stage after the readers asks which kind the input was (only whether positions are evidence)', () => {
    const after = ['blocks', 'sections', 'prose', 'transpose', 'cells', 'header', 'version', 'grid', 'repair', 'furniture', 'labels', 'headerRows', 'place', 'table4', 'placed', 'columns', 'writer'];
    for (const name of after) {
      const source = fs.readFileSync(path.join(ROOT, 'core', 'src', 'import', `${name}.ts`), 'utf8');
      assert.doesNotMatch(source, /InputKind|source\.kind|'(?:pdf-text|html|docx|markdown|pdf)'/, name);
    }
  });

  describe('blocks (reader lines → sections, prose, table cells)', () => {
    it('are the same whatever kind the lines came from: nothing after the reader asks for it', () => {
      const lines: SourceLine[] = [{ text: '青石县审计局2024年政府信息公开工作年度报告' }, { text: '一、总体情况' }, { text: '本年度依法公开。' },
        { text: '三、收到和处理政府信息公开申请情况' }, { text: '项目 总计', cells: ['项目', '总计'], header: true },
        { text: '一、本年新收政府信息公开申请数量 4', cells: ['一、本年新收政府信息公开申请数量', '4'], headers: ['项目', '总计'], columns: [1, 2] }];
      const html = readBlocks(doc(lines, 'html'));
      assert.deepStrictEqual(readBlocks(doc(lines, 'markdown')), html);
      assert.deepStrictEqual(html.sections.map((s) => [s.spec.index, s.prose ?? s.table?.table]), [[1, ['本年度依法公开。']], [3, 'table3']]);
      const cells = html.sections[1].table!.cells;
      assert.deepStrictEqual(cells.filter((c) => c.kind === 'value').map((c) => [c.text, c.column, c.end]), [['4', '总计', 2]]);
    });
  });

  describe('grid (cells → rows with their labels)', () => {
    it('a row of cells: its label and its numbers, each with the header above it', () => {
      const read = gridOf([{ text: '', cells: ['（一）予以公开', '3', '2'], headers: ['项目', '总计', '自然人'] }]);
      assert.deepStrictEqual(read.rows.map((r) => [r.text, r.values.map((v) => `${v.text}@${v.column}`)]), [['（一）予以公开', ['3@总计', '2@自然人']]]);
    });

    it('repairs lossy layout text: a label wrapped over lines is one row, numbers on a line of their own join the label to their left', () => {
      const read = gridOf([{ text: '一、本年新收政府' }, { text: '信息公开申请数量' }, { text: '                 1   2   3   4   5   6   21' }], true);
      assert.deepStrictEqual(read.rows.map((r) => [r.text, r.values.length]), [['一、本年新收政府信息公开申请数量', 7]]);
    });

    it('a heading naming a row is the row of the generically labelled numbers below it, never a row of its own', () => {
      const read = gridOf([{ text: '（一）予以公开', heading: 3 }, { text: '', cells: ['数量', '5'] }]);
      assert.deepStrictEqual(read.rows.map((r) => [r.text, r.via, r.values.map((v) => v.text)]), [['（一）予以公开', '数量', ['5']]]);
    });
  });

  describe('placement (grid → statutory rows and cells, on evidence)', () => {
    it('places by header in any column order; a complete row by the statutory order; a short row with no evidence is unplaced', () => {
      const placed = placeTable(grid([
        row('（一）予以公开', [value('7', 0, { column: '总计' }), value('7', 0, { column: '自然人' })]),
        row('二、上年结转政府信息公开申请数量', ['1', '0', '0', '0', '0', '0', '1'].map((v) => value(v, 1))),
        row('一、本年新收政府信息公开申请数量', ['3', '1', '4'].map((v) => value(v, 2))),
      ]), 'table3', '2021');
      assert.deepStrictEqual(placed.rows.map((r) => [r.row?.id, r.status, r.cells]), [
        ['granted', 'exact', ['7', '', '', '', '', '', '7']],
        ['carriedIn', 'exact', ['1', '0', '0', '0', '0', '0', '1']],
        [undefined, 'unplaced', ['3', '1', '4']],
      ]);
    });

    it('places a short row by layout position learnt from the complete rows, and says so', () => {
      const at = (texts: string[], ends: number[]) => texts.map((t, i) => value(t, 0, { row: false, end: ends[i] }));
      const ends = [10, 20, 30, 40, 50, 60, 70];
      const placed = placeTable(grid([
        row('一、本年新收政府信息公开申请数量', at(['1', '0', '0', '0', '0', '0', '1'], ends)),
        row('（一）予以公开', at(['2', '2'], [10, 70])),
      ]), 'table3', '2021');
      assert.deepStrictEqual(placed.rows[1].cells, ['2', '', '', '', '', '', '2']);
      assert.strictEqual(placed.rows[1].status, 'guess');
      assert.match(placed.rows[1].note!['zh-cn'], /按版面位置/);
    });

    it('table 四: fifteen numbers in a row are its three rows; fewer, with nothing to say which is missing, are unplaced', () => {
      const fifteen = Array.from({ length: 15 }, (_, i) => value(String(i), 0, { row: false }));
      assert.deepStrictEqual(placeTable(grid([row('', fifteen, { orphan: true })]), 'table4', '2021').rows.map((r) => [r.row?.id, r.cells.join(',')]),
        [['review', '0,1,2,3,4'], ['directSuit', '5,6,7,8,9'], ['suitAfterReview', '10,11,12,13,14']]);
      const fourteen = placeTable(grid([row('', fifteen.slice(1), { orphan: true })]), 'table4', '2021').rows;
      assert.deepStrictEqual(fourteen.map((r) => [r.status, r.cells.length]), [['unplaced', 14]]);
    });

    it('property: any row, any column order, any cells lost — by header every number in exactly its cell; without headers a short row is unplaced', () => {
      const rows = T3.rows.filter((r) => r.kind !== 'group');
      const seeds = fc.integer({ min: 1, max: 1_000_000 });
      fc.assert(fc.property(fc.nat(rows.length - 1), seeds, fc.integer({ min: 1, max: 7 }), fc.boolean(), (r, seed, keep, headed) => {
        const rand = random(seed);
        const numbers = NAMES.map(() => String(Math.floor(rand() * 100)));
        const kept = shuffle([0, 1, 2, 3, 4, 5, 6], rand).slice(0, keep);
        const values = kept.map((c) => value(numbers[c], 0, headed ? { column: `申请人情况 ${NAMES[c]}` } : {}));
        const [placed] = placeTable(grid([row(rows[r].label, values)]), 'table3', '2021').rows;
        if (headed) assert.deepStrictEqual(placed.cells, NAMES.map((_, c) => (kept.includes(c) ? numbers[c] : '')));
        else if (keep === 7) assert.deepStrictEqual(placed.cells, kept.map((c) => numbers[c])); // the statutory order of a complete row
        else assert.deepStrictEqual([placed.status, placed.cells], ['unplaced', kept.map((c) => numbers[c])]);
      }), { numRuns: 200 });
    });
  });

  describe('writer (placement → the language)', () => {
    it('writes statutory rows, notes above guesses, and unplaced numbers as a %% comment where they were', () => {
      const table = placeTable(grid([
        row('二、上年结转政府信息公开申请数量', ['1', '0', '0', '0', '0', '0', '1'].map((v) => value(v, 0))),
        row('（一）予以公', ['2', '0', '0', '0', '0', '0', '2'].map((v) => value(v, 1))),
        row('（二）部分公开', ['3', '4'].map((v) => value(v, 2))),
      ]), 'table3', '2021');
      const text = writeDocument({ notes: [], beforeTitle: [], title: '青石县审计局2024年政府信息公开工作年度报告', format: '2021', preamble: [],
        sections: [{ spec: SECTIONS[2], heading: '三、收到和处理政府信息公开申请情况', table }] });
      assert.deepStrictEqual(text.split('\n').slice(-7), ['# 三、收到和处理政府信息公开申请情况',
        '二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1', '三、本年度办理结果', '%% 导入：原文“（一）予以公”按“（一）予以公开”识别',
        '（一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2', '%% 导入：未放置的数字：（二）部分公开 | 3 | 4', '']);
    });
  });
});
