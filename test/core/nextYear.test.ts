import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, buildModel, FORMATS, nextYearReport, reportSkeleton, versionForYear, type ReportModel } from '../../core/src';
import { ROOT, replaceLine } from '../helpers/examples';

/** Made-up reports (fictional agencies, numbers that add up): test/fixtures/desk/. */
const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'desk', name), 'utf8');
const QINGSHI_2024 = fixture('2024-qingshi-xian.zfxxgk');
const MOUMOU_2020 = fixture('2020-moumou-shenjiju.zfxxgk');

function next(text: string) {
  const result = nextYearReport(text);
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result;
}

const withPrevious = (text: string, last: string) => analyze(text, { previous: { uri: 'file:///last.zfxxgk', model: buildModel(last) } });
const crossYear = (text: string, last: string) => withPrevious(text, last).diagnostics.filter((d) => d.code.startsWith('crossYear.')).map((d) => `${d.code} ${d.message}`);
const lineOf = (text: string, prefix: string) => text.split('\n').find((l) => l.startsWith(prefix));

/** Every table cell of a model that is not blank, as `row/column=raw`. */
function filledCells(model: ReportModel): string[] {
  const out: string[] = [];
  for (const table of Object.values(model.tables)) {
    for (const row of table.all) {
      if (row.resolution.status !== 'ok') continue;
      const { row: spec, subTable } = row.resolution;
      row.cells.forEach((cell, i) => { if (cell.problem !== 'blank') out.push(`${spec.id}/${subTable.columns[i]?.id}=${cell.raw}`); });
    }
  }
  return out;
}

describe('next year\'s report from last year\'s (nextYearReport)', () => {
  it('a made-up agency\'s 2024 report → its 2025 report: year, format, agency, title; 上年结转 carried; every other number blank', () => {
    const result = next(QINGSHI_2024);
    assert.strictEqual(result.year, 2025);
    assert.strictEqual(result.version, '2021');
    assert.match(result.text, /^标题：青石县人民政府2025年政府信息公开工作年度报告\n机关：青石县人民政府\n年度：2025\n格式：2021\n/);
    assert.strictEqual(lineOf(result.text, '二、上年结转'), '二、上年结转政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7');
    assert.strictEqual(lineOf(QINGSHI_2024, '四、结转下年度继续办理'), '四、结转下年度继续办理 | 6 | 1 | 0 | 0 | 0 | 0 | 7');
    assert.deepStrictEqual(result.carried, { natural: 6, business: 1, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 7 });
    const model = buildModel(result.text);
    assert.deepStrictEqual(filledCells(model), ['carriedIn/natural=6', 'carriedIn/business=1', 'carriedIn/research=0', 'carriedIn/publicInterest=0', 'carriedIn/legal=0', 'carriedIn/otherOrg=0', 'carriedIn/total=7']);
    // Every statutory row of the 2021 format is there, in order (the one skeleton generator).
    for (const table of Object.values(FORMATS['2021'].tables)) for (const sub of table.subTables) for (const row of sub.rows) assert.ok(model.tables[table.id].rows.has(row.id), row.id);
  });

  it('the pair agrees under the cross-year checks, and the checks do run on it', () => {
    const { text } = next(QINGSHI_2024);
    assert.deepStrictEqual(crossYear(text, QINGSHI_2024), []);
    // Not vacuous: a changed carried-in number, or a wrong 现行有效, is caught against last year.
    const changed = replaceLine(text, '二、上年结转', '二、上年结转政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6');
    assert.deepStrictEqual(withPrevious(changed, QINGSHI_2024).diagnostics.filter((d) => d.code === 'crossYear.carryOver').length, 2);
    const inForce = replaceLine(text, '行政规范性文件', '行政规范性文件 | 3 | 1 | 44');
    assert.deepStrictEqual(crossYear(inForce, QINGSHI_2024).map((m) => m.split(' ')[0]), ['crossYear.inForce']);
    assert.deepStrictEqual(crossYear(replaceLine(text, '行政规范性文件', '行政规范性文件 | 3 | 1 | 43'), QINGSHI_2024), [], '41 + 3 − 1 = 43');
  });

  it('a 2020 report (2019 format) → a 2021-format report, carried-in filled, no 2019-only rows', () => {
    const result = next(MOUMOU_2020);
    assert.strictEqual(result.year, 2021);
    assert.strictEqual(result.version, '2021');
    assert.match(result.text, /\n格式：2021\n/);
    assert.match(result.text, /\n信息内容 \| 本年制发件数 \| 本年废止件数 \| 现行有效件数\n规章 \| \| \|\n行政规范性文件 \| \| \|\n/);
    assert.ok(!result.text.includes('第二十条第（九）项') && !result.text.includes('其他对外管理服务事项'), '2019-only rows are gone');
    assert.strictEqual(lineOf(result.text, '二、上年结转'), '二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2');
    const { model, diagnostics } = analyze(result.text);
    assert.strictEqual(model.format.version, '2021');
    assert.deepStrictEqual(diagnostics.filter((d) => d.code.startsWith('structure.') || d.code.startsWith('header.')).map((d) => d.code), []);
    assert.deepStrictEqual(crossYear(result.text, MOUMOU_2020), [], 'carry-over agrees; 现行有效 stands down against a 2019-format year');
  });

  it('2019 → 2020 stays in the 2019 format', () => {
    const last = MOUMOU_2020.replace('年度：2020', '年度：2019').replace('2020年政府', '2019年政府');
    const result = next(last);
    assert.deepStrictEqual([result.year, result.version], [2020, '2019']);
    assert.match(result.text, /\n## 第二十条第（九）项\n/);
  });

  it('last year\'s prose is offered as %% comments under its heading: never part of the new report', () => {
    const { text } = next(QINGSHI_2024);
    const lines = text.split('\n');
    const overview = lines.indexOf('# 一、总体情况');
    assert.match(lines[overview + 1], /^%% 上年（2024年）原文，供参考/);
    assert.strictEqual(lines[overview + 2], '%% 2024年，青石县人民政府围绕年度政务公开工作要点，主动公开各类政府信息，及时答复依申请公开事项。');
    assert.ok(lines.includes('%% 2024年，本机关未收取政府信息公开信息处理费。'));
    const model = buildModel(text);
    const prose = model.sections.flatMap((s) => s.items).filter((i) => i.kind === 'prose').map((i) => text.slice(i.start, i.end));
    assert.ok(prose.every((p) => !p.includes('青石县人民政府围绕')), 'the quoted prose is comments only');
    assert.deepStrictEqual(crossYear(text, QINGSHI_2024).filter((m) => m.startsWith('crossYear.repetition')), []);
  });

  it('title: the year is advanced only where it stands alone; a title without the year gets the standard one', () => {
    const custom = QINGSHI_2024.replace(/^标题：.*$/m, '标题：青石县2024年度政府信息公开工作报告（编号120241）');
    assert.match(next(custom).text, /^标题：青石县2025年度政府信息公开工作报告（编号120241）\n/);
    const plain = QINGSHI_2024.replace(/^标题：.*$/m, '标题：政府信息公开工作年度报告');
    assert.match(next(plain).text, /^标题：青石县人民政府2025年政府信息公开工作年度报告\n/);
  });

  it('an unreadable or blank carried-over cell is not carried (left blank for the author)', () => {
    const last = replaceLine(QINGSHI_2024, '四、结转下年度继续办理', '四、结转下年度继续办理 | 六 | / | 0 | 0 | 0 | 0 | 7');
    const result = next(last);
    assert.strictEqual(lineOf(result.text, '二、上年结转'), '二、上年结转政府信息公开申请数量 | | | 0 | 0 | 0 | 0 | 7');
    assert.deepStrictEqual(Object.keys(result.carried), ['research', 'publicInterest', 'legal', 'otherOrg', 'total']);
  });

  it('without a readable 年度 there is no next year: a message in the user\'s language', () => {
    const noYear = QINGSHI_2024.replace('年度：2024', '年度：去年');
    const zh = nextYearReport(noYear);
    const en = nextYearReport(noYear, 'en');
    assert.ok(!zh.ok && !en.ok);
    assert.match(zh.ok ? '' : zh.message, /上年报告没有可读的“年度”行/);
    assert.match(en.ok ? '' : en.message, /no readable 年度/);
  });

  it('property: for any year and carried-over numbers, the carried-in row takes them and the carry-over check is silent', () => {
    const counts = fc.array(fc.nat({ max: 100000 }), { minLength: 6, maxLength: 6 });
    fc.assert(fc.property(fc.integer({ min: 2019, max: 2040 }), counts, (year, values) => {
      const total = values.reduce((a, b) => a + b, 0);
      const last = replaceLine(reportSkeleton({ year, agency: '某某县审计局' }), '四、结转下年度继续办理', `四、结转下年度继续办理 | ${values.join(' | ')} | ${total}`);
      const result = next(last);
      assert.strictEqual(result.year, year + 1);
      assert.strictEqual(result.version, versionForYear(year + 1));
      assert.strictEqual(lineOf(result.text, '二、上年结转'), `二、上年结转政府信息公开申请数量 | ${values.join(' | ')} | ${total}`);
      assert.deepStrictEqual(withPrevious(result.text, last).diagnostics.filter((d) => d.code === 'crossYear.carryOver'), []);
    }), { numRuns: 40 });
  });

  it('property: whatever last year\'s prose holds (# | %% and the like), the new report has exactly the statutory structure', () => {
    const line = fc.string({ unit: fc.constantFrom('#', '|', '%', ' ', '\t', '\r', '：', '一', '、', 'a', '1', '\u3000', '##'), maxLength: 30 });
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }), (prose) => {
      const last = QINGSHI_2024.replace('本年度无其他需要报告的事项。', prose.join('\n'));
      const result = nextYearReport(last);
      if (!result.ok) return;
      const { model, diagnostics } = analyze(result.text);
      assert.deepStrictEqual(model.sections.map((s) => s.spec?.index), [1, 2, 3, 4, 5, 6]);
      assert.deepStrictEqual(diagnostics.filter((d) => /^(structure|header|syntax)\./.test(d.code)).map((d) => d.code), []);
      assert.strictEqual(lineOf(result.text, '二、上年结转'), '二、上年结转政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7');
    }), { numRuns: 60 });
  });
});
