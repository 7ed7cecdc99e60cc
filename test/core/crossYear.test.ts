import * as assert from 'assert';
import { analyze, ReportIndex, type ReportDiagnostic } from '../../core/src';
import { example, replaceLine, SEED } from '../helpers/examples';

const Y2023 = example('bailu/2023-bailu-shi.zfxxgk');
const Y2024 = example('bailu/2024-bailu-shi.zfxxgk');

/** Check `current` in a workspace that also holds `lastYear` (when given). */
function check(current: string, lastYear?: string, locale: 'zh-cn' | 'en' = 'zh-cn'): ReportDiagnostic[] {
  const index = new ReportIndex();
  if (lastYear !== undefined) index.update('file:///ws/2023.zfxxgk', lastYear);
  index.update('file:///ws/2024.zfxxgk', current);
  return analyze(current, { locale, previous: index.previousReport('file:///ws/2024.zfxxgk') }).diagnostics;
}

const codes = (diagnostics: ReportDiagnostic[]) => diagnostics.map((d) => d.code);

describe('cross-year checks (docs/rules.md) on 白鹭市 2023 → 2024', () => {
  it('each year checks clean alone, and the pair agrees: 99 = 99; 13 + 1 − 2 = 12; 533 + 63 − 178 = 418', () => {
    assert.deepStrictEqual(codes(analyze(Y2023).diagnostics), []);
    assert.deepStrictEqual(codes(analyze(Y2024).diagnostics), []);
    assert.deepStrictEqual(codes(check(Y2024, Y2023)), []);
  });

  it('a carried-in count that differs from last year\'s carried-over: a warning per column, linked to last year\'s cell', () => {
    const edited = replaceLine(Y2024, '二、上年结转', '二、上年结转政府信息公开申请数量 | 96 | 2 | 0 | 0 | 1 | 0 | 98');
    const diagnostics = check(edited, Y2023).filter((d) => d.code === 'crossYear.carryOver');
    // 120 also breaks this year's own balance; the cross-year check speaks about the total column only.
    assert.strictEqual(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.strictEqual(d.severity, 'warning');
    assert.strictEqual(d.message, '“总计”列：上年结转为 98，2023 年度报告的“结转下年度继续办理”为 99（99 ≠ 98）。机构改革等口径调整可用忽略注释说明。');
    assert.strictEqual(d.related[0].uri, 'file:///ws/2023.zfxxgk');
    assert.strictEqual(Y2023.split('\n')[d.related[0].range.start.line].startsWith('四、结转下年度继续办理'), true);
    const fix = d.data.fixes[0];
    assert.strictEqual(edited.slice(fix.edits[0].start, fix.edits[0].end), '98');
    assert.strictEqual(fix.edits[0].newText, '99');
  });

  it('an in-force count that does not continue last year\'s: the sum is shown, the fix writes it', () => {
    const edited = replaceLine(Y2024, '规章', '规章           | 1 | 2 | 14');
    const [d] = check(edited, Y2023).filter((x) => x.code === 'crossYear.inForce');
    assert.strictEqual(d.message, '“规章”现行有效件数应为 上年现行有效 + 本年制发 − 本年废止 = 13 + 1 − 2 = 12，实为 14（上年见 2023 年度报告）。');
    assert.strictEqual(d.data.fixes[0].edits[0].newText, '12');
    assert.deepStrictEqual(d.related.map((r) => r.uri), ['file:///ws/2023.zfxxgk', undefined, undefined]);
    const english = check(edited, Y2023, 'en').find((x) => x.code === 'crossYear.inForce')!;
    assert.match(english.message, /= 13 \+ 1 − 2 = 12; found 14/);
  });

  it('no last-year file in the workspace: silent', () => {
    const edited = replaceLine(Y2024, '规章', '规章           | 1 | 2 | 14');
    assert.deepStrictEqual(codes(check(edited)), []);
  });

  it('a last year of another agency is not last year', () => {
    const other = replaceLine(Y2023, '机关：', '机关：白鹭市民政局');
    const edited = replaceLine(Y2024, '规章', '规章           | 1 | 2 | 14');
    assert.deepStrictEqual(codes(check(edited, other)), []);
  });

  it('a 2019-format last year counts another quantity (对外公开总数量): the in-force check stands down', () => {
    const seed = replaceLine(example(SEED), '年度：', '年度：2023');
    const edited = replaceLine(Y2024, '规章', '规章           | 1 | 2 | 14');
    assert.ok(!codes(check(edited, replaceLine(seed, '机关：', '机关：白鹭市人民政府'))).includes('crossYear.inForce'));
  });

  it('an explained difference (suppression with a reason) is silent', () => {
    const edited = replaceLine(Y2024, '二、上年结转', '%% zfxxgk-disable-next-line crossYear.carryOver 机构改革后承接原市行政审批局的申请\n二、上年结转政府信息公开申请数量 | 98 | 2 | 0 | 0 | 1 | 0 | 101');
    // Two more carried in, two fewer new: the balance and the prose (收办 3327 = new + carried in) still hold.
    const fixedBalance = replaceLine(edited, '一、本年新收', '一、本年新收政府信息公开申请数量 | 3152 | 66 | 0 | 1 | 5 | 2 | 3226');
    assert.deepStrictEqual(codes(check(fixedBalance, Y2023)), []);
  });

  it('a suppression without a reason still suppresses, but is itself a warning', () => {
    const edited = replaceLine(Y2024, '二、上年结转', '%% zfxxgk-disable-next-line crossYear.carryOver\n二、上年结转政府信息公开申请数量 | 98 | 2 | 0 | 0 | 1 | 0 | 101');
    // Two more carried in, two fewer new: the balance and the prose (收办 3327 = new + carried in) still hold.
    const fixedBalance = replaceLine(edited, '一、本年新收', '一、本年新收政府信息公开申请数量 | 3152 | 66 | 0 | 1 | 5 | 2 | 3226');
    const diagnostics = check(fixedBalance, Y2023);
    assert.deepStrictEqual(codes(diagnostics), ['suppress.noReason']);
    assert.match(diagnostics[0].message, /须写明理由/);
  });

  it('a suppression naming an unknown rule is reported', () => {
    const edited = replaceLine(Y2024, '二、上年结转', '%% zfxxgk-disable-next-line crossYear.carryover 大小写写错\n' + Y2024.split('\n').find((l) => l.startsWith('二、上年结转')));
    assert.deepStrictEqual(codes(check(edited, Y2023)), ['suppress.unknownRule']);
  });
});
