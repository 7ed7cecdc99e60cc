/**
 * Pinyin initials of the characters that occur in the statutory labels, headings, captions and
 * header keys, so that `yygk` finds 予以公开 in an IME-off keyboard. The character set is the
 * format data's own (test/core/features/pinyin.test.ts fails when a label gains a character
 * missing here); readings are those the characters take in these labels (行政 xíng, 重复 chóng).
 */
const BY_INITIAL: Record<string, string> = {
  a: '安按案',
  b: '不保八办布报本标版补被部',
  c: '出处存成持查程采重',
  d: '到动单大定对当度的第',
  e: '二额',
  f: '分反发复府废方服法罚范访费',
  g: '供公关告国工改构果格管规购过',
  h: '会合后和或护获',
  j: '举九件具决减卷及家接机禁纠经结继缴计进金集',
  k: '况可开科',
  l: '六另律理类量',
  m: '密明没目秘',
  n: '内年纳',
  q: '七企全其区取强情期权求确请起',
  r: '人仍容日然认',
  s: '三上事十商四审尚属式数收申社讼诉',
  t: '他体投提条通题',
  w: '万五位务危外握文无未物稳维问',
  x: '下信形性息效新现相行许续询需项',
  y: '一业予于以元因已有用由益研要议逾',
  z: '中主作再制只在增总执掌政正止直知章组织自转这',
};

const INITIALS = new Map<string, string>();
for (const [initial, chars] of Object.entries(BY_INITIAL)) for (const ch of chars) INITIALS.set(ch, initial);

export function hasInitial(ch: string): boolean {
  return INITIALS.has(ch);
}

/** 予以公开 → yygk; ASCII letters and digits are kept (lower-cased), everything else dropped. */
export function pinyinInitials(text: string): string {
  let out = '';
  for (const ch of text) {
    const initial = INITIALS.get(ch);
    if (initial) out += initial;
    else if (/[A-Za-z0-9]/.test(ch)) out += ch.toLowerCase();
  }
  return out;
}
