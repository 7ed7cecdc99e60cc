import type { BodyItem } from '../model/types';
import type { Rule } from './context';

const EMPTY_ANSWERS = /^(无|暂无|没有|无。|暂无。|none\.?)$/i;
/** Six non-space characters: longer than any of EMPTY_ANSWERS (at most five). */
const SAYS_SOMETHING = /(?:\S\s*){6}/;
const FEE_WORDS = /处理费|收费|收取|费用/;

function itemText(i: BodyItem): string {
  return 'text' in i && typeof i.text === 'string' ? i.text : i.kind === 'subheading' ? i.title.text : '';
}

/** Section contents the evaluators look at: 五 not empty, 六 reports fees (2021 format). */
export const contentRule: Rule = {
  name: 'content',
  check(context) {
    const { model } = context;
    const five = model.sections.find((s) => s.spec?.index === 5);
    // An item with more non-space characters than the longest empty answer rules it out without joining the section.
    if (five && !five.items.some((i) => SAYS_SOMETHING.test(itemText(i)))) {
      const text = five.items.map(itemText).join('\n').trim();
      if (text === '' || EMPTY_ANSWERS.test(text.replace(/\s/g, ''))) context.report('section.problemsEmpty', five.heading.title);
    }
    if (model.format.version === '2021') {
      // Item by item, without joining the section: the fee words hold no line break, so none straddles two items.
      const six = model.sections.find((s) => s.spec?.index === 6);
      if (six && !six.items.some((i) => FEE_WORDS.test(itemText(i)))) context.report('section.feeNotReported', six.heading.title);
    }
  },
};
