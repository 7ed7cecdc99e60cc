/** What a person must see, per display language: our own strings are Chinese under zh-cn. */
export interface UiTexts {
  languageMode: string;
  newReportCommand: string;
  decimalsWarning: string;
  rowTotalError: string;
  previewToSideCommand: string;
}

const TEXTS: Record<string, UiTexts> = {
  'zh-cn': {
    languageMode: '政府信息公开年度报告',
    newReportCommand: 'zfxxgk: 新建年度报告',
    decimalsWarning: '表头要求保留 4 位小数',
    rowTotalError: '“（一）予以公开”的总计应为 1134（1075 + 16 + 39 + 4），实为 1132。',
    previewToSideCommand: 'zfxxgk: 在侧边打开预览',
  },
  en: {
    languageMode: '政府信息公开年度报告',
    newReportCommand: 'zfxxgk: New Annual Report',
    decimalsWarning: 'The header asks for 4 decimals',
    rowTotalError: '"（一）予以公开": total should be 1134 (1075 + 16 + 39 + 4), found 1132.',
    previewToSideCommand: 'zfxxgk: Open Preview to the Side',
  },
};

export function uiTexts(locale: string): UiTexts {
  return TEXTS[locale] ?? TEXTS.en;
}
