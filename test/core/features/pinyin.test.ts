import * as assert from 'assert';
import { FORMATS } from '../../../core/src';
import { hasInitial, pinyinInitials } from '../../../core/src/features/pinyin';

describe('pinyin initials', () => {
  it('gives the initials authors type with the IME off', () => {
    assert.strictEqual(pinyinInitials('予以公开'), 'yygk');
    assert.strictEqual(pinyinInitials('行政复议'), 'xzfy');
    assert.strictEqual(pinyinInitials('重复申请'), 'cfsq');
    assert.strictEqual(pinyinInitials('2.重复申请'), '2cfsq');
  });

  it('covers every Chinese character of every label, heading, caption and column of both formats', () => {
    const texts: string[] = ['标题', '机关', '年度', '格式', '发布日期', '信息内容'];
    for (const format of Object.values(FORMATS)) {
      for (const s of format.sections) texts.push(s.heading, ...s.variants);
      for (const t of Object.values(format.tables)) {
        for (const st of t.subTables) {
          texts.push(st.caption ?? '', ...st.columns.flatMap((c) => [c.label, c.short, c.group ?? '']));
          texts.push(...st.rows.flatMap((r) => [r.label, r.short, ...r.aliases]));
        }
      }
    }
    const missing = new Set([...texts.join('')].filter((ch) => /\p{Script=Han}/u.test(ch) && !hasInitial(ch)));
    assert.deepStrictEqual([...missing], []);
  });
});
