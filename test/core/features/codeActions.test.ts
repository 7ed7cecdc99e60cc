import * as assert from 'assert';
import { analyze } from '../../../core/src';
import { codeActions } from '../../../core/src/features/codeActions';
import { applyEdits } from '../../../core/src/features/formatting';
import { example, QINGSHI, replaceLine, SEED } from '../../helpers/examples';

const URI = 'file:///report.zfxxgk';

/** The code actions for the diagnostics of `code`, and a function applying one of them. */
function actionsFor(text: string, code: string) {
  const { model, diagnostics } = analyze(text);
  const inRange = diagnostics.filter((d) => d.code === code);
  assert.ok(inRange.length > 0, `expected a ${code} diagnostic; got ${diagnostics.map((d) => d.code).join(', ')}`);
  const actions = codeActions(model, diagnostics, inRange.slice(0, 1), URI, 'zh-cn');
  const apply = (title: RegExp) => {
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action, `no action ${title} among ${actions.map((a) => a.title).join(' / ')}`);
    const edits = action.edit.changes[URI].map((e) => ({
      start: model.index.offsetAt(e.range.start), end: model.index.offsetAt(e.range.end), newText: e.newText,
    }));
    return applyEdits(text, edits);
  };
  return { actions, apply };
}

const codes = (text: string) => analyze(text).diagnostics.map((d) => d.code);

describe('code actions', () => {
  const qingshi = example(QINGSHI);

  it('sets a wrong total to the computed sum (the rule\'s own fix, preferred)', () => {
    const { actions, apply } = actionsFor(qingshi.replace('| 1134', '| 1135'), 'table3.rowTotal');
    assert.strictEqual(actions[0].title, '改为 1134');
    assert.strictEqual(actions[0].isPreferred, true);
    assert.strictEqual(apply(/^改为 1134$/), qingshi);
  });

  it('fills every computable total of a table, totals of totals included', () => {
    const blanked = replaceLine(qingshi, '（七）总计', '（七）总计 | / | / | / | / | / | / | /')
      .replace('| 1134', '| /').replace('行政复议         | 58 | 41 | 133 | 29 | 261', '行政复议         | 58 | 41 | 133 | 29 | 0');
    const { apply } = actionsFor(blanked, 'table.incomplete');
    const filled = apply(/^填写表三.*所有可计算的总计（8 处）$/);
    // Table 四 is left as it is (its prose cross-check, text.tableMismatch, agrees that 0 is wrong).
    assert.deepStrictEqual(codes(filled).filter((c) => !c.startsWith('text.')), ['table4.total']);
    assert.ok(filled.includes('（七）总计 | 2452 | 40 | 0 | 0 | 46 | 6 | 2544'));
    const four = actionsFor(filled, 'table4.total');
    assert.strictEqual(four.apply(/^填写表四.*（1 处）$/), qingshi);
  });

  it('turns every blank or `/` of a table into 0, missing trailing cells included', () => {
    const text = qingshi.replace('2.重复申请 | 31 | 0 |', '2.重复申请 | 31 | / |').replace('3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0', '3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 |  |');
    const { apply } = actionsFor(text, 'cell.blank');
    const fixed = apply(/所有空白填 0（3 处）/);
    assert.ok(fixed.includes('2.重复申请 | 31 | 0 |'));
    // The trailing pipe became the separator of the last cell: nothing of the row is lost.
    assert.ok(fixed.includes('3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 \n'));
    assert.deepStrictEqual(codes(fixed), []);
  });

  it('inserts the missing rows in statutory order, each in its place', () => {
    const text = replaceLine(replaceLine(qingshi, '2.重复申请', ''), '3.要求提供公开出版物', '').replace(/\n\n\n/, '\n');
    const cleaned = text.split('\n').filter((l, i, all) => !(l === '' && all[i - 1]?.startsWith('1.信访'))).join('\n');
    const { actions, apply } = actionsFor(cleaned, 'structure.rowMissing');
    assert.ok(actions.some((a) => a.title === '插入“2.重复申请”行'));
    const fixed = apply(/缺少的全部 2 行/);
    assert.ok(fixed.includes('1.信访举报投诉类申请 | 43 | 4 | 0 | 0 | 0 | 0 | 47\n2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n4.无正当理由'));
  });

  it('inserts all missing sections in order', () => {
    const text = qingshi.replace(/# 五、[\s\S]*$/, '');
    const { apply } = actionsFor(text, 'structure.sectionMissing');
    const fixed = apply(/插入缺少的全部 2 个部分/);
    assert.ok(fixed.endsWith('# 五、存在的主要问题及改进情况\n\n# 六、其他需要报告的事项\n\n'));
    assert.ok(!codes(fixed).includes('structure.sectionMissing'));
  });

  it('replaces an unknown label by the suggested statutory one', () => {
    const { apply } = actionsFor(qingshi.replace('（一）予以公开 |', '予以公开情况 |'), 'structure.rowUnknown');
    assert.strictEqual(apply(/改为“（一）予以公开”/), qingshi);
  });

  it('writes the standard heading for a variant', () => {
    const { apply } = actionsFor(qingshi.replace('# 五、存在的主要问题及改进情况', '# 五、存在问题及改进情况'), 'structure.sectionVariant');
    assert.strictEqual(apply(/改为“五、存在的主要问题及改进情况”/), qingshi);
  });

  it('converts 元 to 万元 exactly', () => {
    const { apply } = actionsFor(qingshi.replace('行政事业性收费 | 78342.5', '行政事业性收费 | 783425000元'), 'cell.unit');
    assert.strictEqual(apply(/换算为 78342.5（万元）/), qingshi);
  });

  it('speaks English when asked', () => {
    const text = example(SEED).replace('规章       | 0 | 0 | 0', '规章       | 0 | / | 0');
    const { model, diagnostics } = analyze(text, { locale: 'en' });
    const actions = codeActions(model, diagnostics, diagnostics.filter((d) => d.code === 'cell.blank'), URI, 'en');
    assert.deepStrictEqual(actions.map((a) => a.title), ['Write 0', 'Fill every computable total of Table 二 (proactive disclosure) (0)', 'Write 0 in every blank of Table 二 (proactive disclosure) (1)'].filter((t) => !t.includes('(0)')));
  });
});
