import * as assert from 'assert';
import { analyze, createLanguageService, ReportIndex, type LastYearLookup } from '../../../core/src';
import { example, QINGSHI, SEED } from '../../helpers/examples';

const service = createLanguageService();
const BAILU_2023 = 'bailu/2023-bailu-shi.zfxxgk';
const BAILU_2024 = 'bailu/2024-bailu-shi.zfxxgk';
const NONE: LastYearLookup = { state: 'none', year: 2023 };
const without = (text: string, ...keys: string[]) => text.split('\n').filter((line) => !keys.some((key) => line.startsWith(`${key}：`))).join('\n');

describe('language status: the format the checks applied and why, and last year\'s report', () => {
  it('says where the format version comes from: 格式, else 年度, else the table labels, else the default — the last two as warnings', () => {
    const status = (text: string, locale: 'zh-cn' | 'en' = 'zh-cn') => service.documentStatus(analyze(text, { locale }), NONE).format;
    assert.deepStrictEqual(status(example(QINGSHI)), { text: '2021 年格式', severity: 'information', detail: '依据“格式：2021”（国办公开办函〔2021〕30号）' });
    assert.deepStrictEqual(status(without(example(QINGSHI), '格式')),
      { text: '2021 年格式', severity: 'information', detail: '依据年度 2024（国办公开办函〔2021〕30号，自 2021 年度起适用）' });
    assert.deepStrictEqual(status(without(example(SEED), '格式')),
      { text: '2019 年格式', severity: 'information', detail: '依据年度 2020（国办公开办函〔2019〕60号，适用于 2019–2020 年度）' });
    // The seed's tables carry 2019-only rows (第二十条第（九）项): without 年度 and 格式 they decide.
    const guessed = status(without(example(SEED), '格式', '年度'));
    assert.strictEqual(guessed.text, '2019 年格式');
    assert.strictEqual(guessed.severity, 'warning');
    assert.strictEqual(guessed.detail, '未写年度与格式，按表格的行名推断');
    const assumed = status('# 一、总体情况\n正文。\n');
    assert.deepStrictEqual(assumed, { text: '2021 年格式', severity: 'warning', detail: '未写年度与格式，按现行的 2021 年格式检查' });
    assert.strictEqual(status('# 一、总体情况\n正文。\n', 'en').detail, 'No 年度 or 格式: checked as the current 2021 format');
    // A 年度 that is written but does not decide — not a year, or before the formats — is named as written, never "not written".
    const seedWith = (year: string, format?: string) => without(example(SEED), '格式', '年度').replace('机关：', `年度：${year}\n${format ? `格式：${format}\n` : ''}机关：`);
    assert.strictEqual(status(seedWith('二〇二〇年度')).detail, '年度“二〇二〇年度”无法识别，未写格式，按表格的行名推断');
    assert.strictEqual(status(seedWith('2018')).detail, '年度 2018 早于 2019 年（现行格式自 2019 年度起适用），未写格式，按表格的行名推断');
    assert.strictEqual(status(seedWith('二〇二〇年度', '2020版')).detail, '年度“二〇二〇年度”无法识别，格式“2020版”无法识别，按表格的行名推断');
    assert.strictEqual(status(seedWith('2018'), 'en').detail, '年度 2018 is before 2019, when the formats begin, no 格式: inferred from the table labels');
    assert.deepStrictEqual(status(example(QINGSHI), 'en'), { text: '2021 format', severity: 'information', detail: 'As declared by 格式: 2021 (国办公开办函〔2021〕30号)' });
  });

  it('names last year\'s report the cross-year checks read, or why they do not run', () => {
    const uri = (name: string) => `file:///reports/${name}`;
    const index = new ReportIndex();
    index.update(uri(BAILU_2023), example(BAILU_2023));
    index.update(uri(BAILU_2024), example(BAILU_2024));
    index.update(uri(QINGSHI), example(QINGSHI));
    const line = (name: string, locale: 'zh-cn' | 'en' = 'zh-cn') =>
      service.documentStatus(analyze(index.get(uri(name))!.text, { locale }), index.lastYearLookup(uri(name))).lastYear;

    assert.deepStrictEqual(line(BAILU_2024), {
      text: '上年报告：2023-bailu-shi.zfxxgk', severity: 'information', uri: uri(BAILU_2023),
      detail: '2023 年度报告，供跨年度检查比较',
    });
    assert.strictEqual(line(BAILU_2024, 'en').text, 'Last year: 2023-bailu-shi.zfxxgk');
    assert.deepStrictEqual(line(QINGSHI), {
      text: '无上年报告', severity: 'information', detail: '未找到同一机关的 2023 年度报告：不做跨年度检查',
    });
    // A copy of last year's report: two candidates, the checks stand down — a warning that names both files.
    index.update(uri('copy/2023 副本.zfxxgk'), example(BAILU_2023));
    const ambiguous = line(BAILU_2024);
    assert.strictEqual(ambiguous.severity, 'warning');
    assert.strictEqual(ambiguous.uri, undefined);
    assert.strictEqual(ambiguous.detail, '2023 年度有 2 份（2023-bailu-shi.zfxxgk、2023 副本.zfxxgk）：不做跨年度检查，请只保留一份');
    assert.strictEqual(index.previousOf(uri(BAILU_2024)), undefined, 'the checks stand down: previousOf agrees with the lookup');

    index.update(uri('nameless.zfxxgk'), without(example(BAILU_2024), '机关'));
    assert.deepStrictEqual(line('nameless.zfxxgk'), { text: '未查找上年报告', severity: 'information', detail: '缺少“机关：”：不做跨年度检查' });
    index.update(uri('yearless.zfxxgk'), without(example(BAILU_2024), '年度'));
    assert.strictEqual(line('yearless.zfxxgk').detail, '缺少“年度：”：不做跨年度检查');
    index.update(uri('unreadable.zfxxgk'), without(example(BAILU_2024), '机关').replace('年度：2024', '年度：二〇二四年'));
    assert.strictEqual(line('unreadable.zfxxgk').detail, '缺少“机关：”，年度“二〇二四年”无法识别：不做跨年度检查', 'both, and the year as written');
    assert.strictEqual(line('unreadable.zfxxgk', 'en').detail, 'no "机关:" line, 年度 "二〇二四年" is not readable: no cross-year checks');
  });

  it('ReportIndex.lastYearLookup and previousOf agree on every state', () => {
    const index = new ReportIndex();
    index.update('a', example(BAILU_2023));
    index.update('b', example(BAILU_2024));
    assert.deepStrictEqual(index.lastYearLookup('b'), { state: 'found', year: 2023, uri: 'a' });
    assert.strictEqual(index.previousOf('b')?.uri, 'a');
    assert.deepStrictEqual(index.lastYearLookup('a'), { state: 'none', year: 2022 });
    assert.strictEqual(index.previousOf('a'), undefined);
    assert.deepStrictEqual(index.lastYearLookup('unknown'), { state: 'noIdentity', missing: ['机关', '年度'] });
    assert.strictEqual(index.previousOf('unknown'), undefined);
    // The identity of a document not in the index (a diff's old side) is given by the caller.
    const view = { agency: '白鹭市人民政府', agencyKey: '白鹭市政府', year: 2024 };
    assert.deepStrictEqual(index.lastYearLookup('git:b', view), { state: 'found', year: 2023, uri: 'a' });
    assert.strictEqual(index.previousOf('git:b', view)?.uri, 'a');
    index.update('a copy', example(BAILU_2023));
    assert.deepStrictEqual(index.lastYearLookup('b'), { state: 'ambiguous', year: 2023, uris: ['a', 'a copy'] });
    assert.strictEqual(index.previousOf('b'), undefined, 'two candidates: the checks stand down');
    assert.strictEqual(index.previousReport('b'), undefined);
  });
});
