import type { Rule } from './context';

const EMPTY_ANSWERS = /^(无|暂无|没有|无。|暂无。|none\.?)$/i;
const FEE_WORDS = /处理费|收费|收取|费用/;

/** Section contents the evaluators look at: 五 not empty, 六 reports fees (2021 format). */
export const contentRule: Rule = {
  name: 'content',
  check(context) {
    const { model } = context;
    const sectionText = (index: number) => {
      const section = model.sections.find((s) => s.spec?.index === index);
      if (!section) return undefined;
      return { section, text: section.items.map((i) => ('text' in i && typeof i.text === 'string' ? i.text : i.kind === 'subheading' ? i.title.text : '')).join('\n').trim() };
    };
    const five = sectionText(5);
    if (five && (five.text === '' || EMPTY_ANSWERS.test(five.text.replace(/\s/g, '')))) {
      context.report('section.problemsEmpty', five.section.heading.title);
    }
    if (model.format.version === '2021') {
      const six = sectionText(6);
      if (six && !FEE_WORDS.test(six.text)) context.report('section.feeNotReported', six.section.heading.title);
    }
  },
};
