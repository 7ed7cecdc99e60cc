import * as assert from 'assert';
import * as fs from 'fs';
import { analyze } from '../../../core/src';
import { importText } from '../../../core/src/import';
import { example, SEED } from '../../helpers/examples';
import { errorsOf, numbersOf, proseOf, reportFixture, REPORTS_DIR } from '../../helpers/imported';

const zeros = (n: number) => Array.from({ length: n }, () => '0');

/** The seed's tables, written down by hand from the published page (2019 format). */
const SEED_TABLES: Record<string, string[]> = {
  'table2/item1.rules': zeros(3), 'table2/item1.normative': zeros(3),
  'table2/item5.licensing': zeros(3), 'table2/item5.otherServices': zeros(3),
  'table2/item6.penalty': zeros(3), 'table2/item6.enforcement': zeros(3),
  'table2/item8.fees': zeros(2), 'table2/item9.procurement': ['2', '576.76'],
  ...Object.fromEntries(['new', 'carriedIn', 'granted', 'partial', 'refused.stateSecret', 'refused.prohibited', 'refused.threeSecurity',
    'refused.thirdParty', 'refused.internal', 'refused.process', 'refused.enforcement', 'refused.query', 'unable.notHeld', 'unable.needCreate',
    'unable.unclear', 'notProcessed.petition', 'notProcessed.repeat', 'notProcessed.publication', 'notProcessed.massive', 'notProcessed.confirm',
    'other', 'total', 'carriedOver'].map((id) => [`table3/${id}`, zeros(7)])),
  'table4/review': zeros(5), 'table4/directSuit': zeros(5), 'table4/suitAfterReview': zeros(5),
};

/** 淮安市 2024, written down by hand from the PDF (2021 format). */
const HUAIAN_TABLES: Record<string, string[]> = {
  'table2/item1.rules': ['1', '0', '11'], 'table2/item1.normative': ['8', '26', '66'],
  'table2/item5.licensing': ['447228'], 'table2/item6.penalty': ['3985758'], 'table2/item6.enforcement': ['88283'], 'table2/item8.fees': ['96171.6'],
  'table3/new': ['3001', '53', '0', '0', '61', '4', '3119'],
  'table3/carriedIn': ['34', '0', '0', '0', '0', '0', '34'],
  'table3/granted': ['1288', '21', '0', '0', '50', '3', '1362'],
  'table3/partial': ['447', '7', '0', '0', '0', '0', '454'],
  'table3/refused.stateSecret': ['2', '0', '0', '0', '0', '0', '2'],
  'table3/refused.prohibited': ['30', '1', '0', '0', '0', '0', '31'],
  'table3/refused.threeSecurity': ['5', '0', '0', '0', '0', '0', '5'],
  'table3/refused.thirdParty': ['6', '0', '0', '0', '0', '0', '6'],
  'table3/refused.internal': ['7', '1', '0', '0', '0', '0', '8'],
  'table3/refused.process': ['12', '0', '0', '0', '0', '0', '12'],
  'table3/refused.enforcement': ['9', '0', '0', '0', '0', '0', '9'],
  'table3/refused.query': ['105', '0', '0', '0', '0', '0', '105'],
  'table3/unable.notHeld': ['746', '12', '0', '0', '10', '1', '769'],
  'table3/unable.needCreate': ['11', '0', '0', '0', '0', '0', '11'],
  'table3/unable.unclear': ['1', '0', '0', '0', '0', '0', '1'],
  'table3/notProcessed.petition': ['56', '6', '0', '0', '0', '0', '62'],
  'table3/notProcessed.repeat': ['25', '0', '0', '0', '0', '0', '25'],
  'table3/notProcessed.publication': zeros(7),
  'table3/notProcessed.massive': zeros(7),
  'table3/notProcessed.confirm': ['1', '0', '0', '0', '0', '0', '1'],
  'table3/other.noSupplement': ['67', '3', '0', '0', '1', '0', '71'],
  'table3/other.noFee': ['6', '0', '0', '0', '0', '0', '6'],
  'table3/other.otherOther': ['108', '2', '0', '0', '0', '0', '110'],
  'table3/total': ['2932', '53', '0', '0', '61', '4', '3050'],
  'table3/carriedOver': ['103', '0', '0', '0', '0', '0', '103'],
  'table4/review': ['72', '64', '178', '37', '351'],
  'table4/directSuit': ['13', '4', '8', '1', '26'],
  'table4/suitAfterReview': ['12', '1', '1', '6', '20'],
};

describe('import: the published reports', () => {
  it('every real report (read in place) imports without throwing, keeping its sections', () => {
    const dir = REPORTS_DIR;
    const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt'));
    assert.strictEqual(names.length, 9);
    for (const name of names) {
      const { text, summary } = importText(reportFixture(name));
      assert.ok(summary.sections.found.length >= 2, `${name}: sections ${summary.sections.found}`);
      assert.ok(summary.rows.found >= 3, `${name}: rows ${summary.rows.found}`);
      assert.match(text, /^格式：20(19|21)$/m, name);
    }
  });

  describe('the seed (孟州市西虢镇 2020, web text, tab-separated tables)', () => {
    const { text, summary } = importText(reportFixture('2020-mengzhou-xiguozhen.txt'));

    it('recognises the header, the format and every row', () => {
      assert.strictEqual(summary.kind, 'text');
      assert.deepStrictEqual([summary.title, summary.agency, summary.year, summary.format], ['孟州市西虢镇人民政府2020年政府信息公开工作年度报告', '孟州市西虢镇人民政府', 2020, '2019']);
      assert.deepStrictEqual([summary.rows.found, summary.rows.expected, summary.unmapped, summary.guesses], [34, 34, [], []]);
    });

    it('has exactly the numbers of the published tables', () => {
      assert.deepStrictEqual(numbersOf(text), SEED_TABLES);
    });

    it('keeps the declared precision header and checks clean of errors (only the decimals warning)', () => {
      assert.match(text, /^信息内容 \| 采购项目数量 \| 采购总金额（单位：万元，保留4位小数）$/m);
      assert.deepStrictEqual(errorsOf(text), []);
    });

    it('keeps every prose line of the hand-written example, verbatim', () => {
      assert.deepStrictEqual(proseOf(text), proseOf(example(SEED)));
    });
  });

  describe('淮安市 2024 (pdftotext -layout: page numbers, wrapped lines and labels, vertical 三、本年度办理结果)', () => {
    const { text, summary } = importText(reportFixture('2024-huaian-shi.txt'));

    it('is read as PDF text; header, format, all rows; six page numbers removed', () => {
      assert.strictEqual(summary.kind, 'pdf-text');
      assert.deepStrictEqual([summary.title, summary.agency, summary.year, summary.format], ['淮安市人民政府2024年政府信息公开工作年度报告', '淮安市人民政府', 2024, '2021']);
      assert.deepStrictEqual([summary.rows.found, summary.unmapped, summary.guesses, summary.removed.pageNumbers], [34, [], [], 6]);
    });

    it('has exactly the numbers of the published tables', () => {
      assert.deepStrictEqual(numbersOf(text), HUAIAN_TABLES);
    });

    it('checks clean: no diagnostics at all', () => {
      assert.deepStrictEqual(analyze(text).diagnostics.map((d) => d.code), []);
      assert.strictEqual(numbersOf(text)['table3/total'][6], '3050');
    });

    it('rejoins the wrapped paragraphs: each is a whole run of the published text, nothing lost, page numbers gone', () => {
      // The published text without its source line, page numbers and line breaks: every paragraph must be a run of it.
      const published = reportFixture('2024-huaian-shi.txt').split('\n').slice(1).filter((l) => !/^\s*-\d+-\s*$/.test(l)).join('').replace(/\s+/g, '');
      const paragraphs = proseOf(text);
      // The preamble, 一 (an opening and its five parts), 五 (problems, improvements) and 六.
      assert.deepStrictEqual(paragraphs.map((p) => p.slice(0, 4)), ['本报告由', '2024', '（一）主', '（二）依', '（三）政', '（四）政', '（五）政', '对照上级', '针对存在', '2024']);
      for (const paragraph of paragraphs) assert.ok(published.includes(paragraph.replace(/\s+/g, '')), paragraph.slice(0, 30));
      // Together they are all the prose: the run from the preamble to the end of 一 has no gap.
      const first = published.indexOf(paragraphs[0].replace(/\s+/g, ''));
      const sectionOne = paragraphs.slice(0, 7).map((p) => p.replace(/\s+/g, '')).join('');
      assert.ok(published.slice(first).replace(/一、总体情况/, '').startsWith(sectionOne));
      assert.doesNotMatch(text, /-\d-/);
    });
  });

  describe('the partial reports, as far as they go', () => {
    it('文登区住建局 2019 (pipe cells): negative 本年增/减 kept, the cut row: its numbers reported unplaced', () => {
      const { text, summary } = importText(reportFixture('2019-wendeng-zhujianju.partial.txt'));
      const numbers = numbersOf(text);
      assert.deepStrictEqual(numbers['table2/item5.licensing'], ['716', '-417', '298']);
      assert.deepStrictEqual(numbers['table2/item1.normative'], ['0', '8', '8']);
      assert.deepStrictEqual(numbers['table3/new'], ['2', '0', '0', '0', '0', '0', '2']);
      // Two of seven numbers: nothing says which columns they are in, so they are reported, not shifted.
      assert.strictEqual(numbers['table3/carriedIn'], undefined);
      assert.deepStrictEqual(summary.unplaced, ['二、上年结转政府信息公开申请数量 | 0 | 0']);
      assert.match(text, /^%% 导入：未放置的数字：二、上年结转政府信息公开申请数量 \| 0 \| 0$/m);
      assert.deepStrictEqual(summary.unmapped, ['[... excerpt ends here ...]']);
      assert.strictEqual(summary.format, '2019');
    });

    it('桃江县审计局 2020 (one cell per line): header cells broken over lines joined, numbers in place', () => {
      const { text } = importText(reportFixture('2020-taojiang-shenjiju.partial.txt'));
      assert.match(text, /^信息内容 \| 本年新制作数量 \| 本年新公开数量 \| 对外公开总数量$/m);
      const numbers = numbersOf(text);
      assert.deepStrictEqual(numbers['table2/item1.normative'], ['2', '2', '2']);
      assert.deepStrictEqual(numbers['table3/granted'], zeros(7));
    });

    it('文登区信访局 2022 (one flip-book page): variant headings kept verbatim, table 四 from one line of 15', () => {
      const { text, summary } = importText(reportFixture('2022-wendeng-xinfangju.page8.partial.txt'));
      assert.match(text, /^# 四、因政府信息公开工作被申请行政复议提起行政诉讼情况$/m);
      assert.match(text, /^# 五、政府信息公开工作存在的主要问题及改进情况$/m);
      assert.deepStrictEqual(numbersOf(text)['table4/suitAfterReview'], zeros(5));
      assert.strictEqual(summary.title, '威海市文登区信访局2022年政府信息公开工作年度报告');
      assert.doesNotMatch(text, /Page 8|P\. 8/);
    });

    it('a 2023 report with 2019 tables: imported as written, 格式：2019, and the checks report the mismatch', () => {
      const { text, summary } = importText(reportFixture('2023-jxx-minzhengju-oldformat.partial.txt'));
      assert.deepStrictEqual([summary.year, summary.format, summary.formatBasis], [2023, '2019', 'content']);
      assert.ok(errorsOf(text).some((e) => e.startsWith('header.formatMismatch')));
    });

    it('区统计局 2023: "/" and blank cells stay blank, never 0', () => {
      const { text } = importText(reportFixture('2023-qu-tongjiju.partial.txt'));
      const numbers = numbersOf(text);
      assert.deepStrictEqual(numbers['table2/item1.rules'], ['', '', '']);
      assert.deepStrictEqual(numbers['table3/new'], ['', '', '', '', '', '', '0']);
      assert.deepStrictEqual(numbers['table3/granted'], ['', '', '', '', '', '', '']);
    });

    it('徐闻县司法局 2023 (pipes, merged label cells): blank detail cells, 总计 0', () => {
      const { text } = importText(reportFixture('2023-xuwen-sifaju.partial.txt'));
      const numbers = numbersOf(text);
      assert.deepStrictEqual(numbers['table2/item1.normative'], ['3', '0', '101']);
      assert.deepStrictEqual(numbers['table3/new'], ['0', '', '', '', '', '', '0']);
      assert.deepStrictEqual(numbers['table3/refused.thirdParty'], ['', '', '', '', '', '', '0']);
    });

    it('宿迁市 2023/2024 comparison (two reports side by side): the left (2023) columns are read; the right is kept and reported as duplicates', () => {
      const { text, summary } = importText(reportFixture('2023-2024-suqian-shi.comparison.txt'));
      const numbers = numbersOf(text);
      assert.deepStrictEqual(numbers['table2/item1.normative'], ['109', '489', '597']);
      assert.deepStrictEqual(numbers['table3/refused.prohibited'], ['27', '0', '0', '0', '0', '0', '27']);
      assert.deepStrictEqual(numbers['table3/unable.needCreate'], ['26', '2', '0', '0', '0', '0', '28']);
      assert.deepStrictEqual(numbers['table3/total'], ['3375', '99', '0', '4', '7', '1', '3486']);
      assert.ok(summary.unmapped.includes('行政规范性文件 | 50 | 227 | 420'));
      assert.ok(errorsOf(text).some((e) => e.startsWith('structure.rowDuplicate')));
    });
  });
});
