import type { SectionSpec } from './types';

/** The six sections, identical in both format versions (国办公开办函〔2019〕60号, 〔2021〕30号). */
export const SECTIONS: SectionSpec[] = [
  {
    index: 1, numeral: '一', heading: '一、总体情况', title: '总体情况', kind: 'prose', variants: [],
    doc: {
      'zh-cn': '总体情况：概述本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等工作。',
      en: 'Overview: the year\'s proactive disclosure, disclosure on request, information management, platforms and oversight.',
    },
  },
  {
    index: 2, numeral: '二', heading: '二、主动公开政府信息情况', title: '主动公开政府信息情况', kind: 'table', table: 'table2', variants: [],
    doc: {
      'zh-cn': '主动公开政府信息情况：按《条例》第二十条各项填写的固定表格。',
      en: 'Proactive disclosure: the fixed table by items of Article 20 of the Regulations.',
    },
  },
  {
    index: 3, numeral: '三', heading: '三、收到和处理政府信息公开申请情况', title: '收到和处理政府信息公开申请情况', kind: 'table', table: 'table3', variants: [],
    doc: {
      'zh-cn': '收到和处理政府信息公开申请情况：按申请人类别统计的固定表格，各列满足勾稽关系。',
      en: 'Requests received and handled: the fixed table by type of applicant; every column must balance.',
    },
  },
  {
    index: 4, numeral: '四', heading: '四、政府信息公开行政复议、行政诉讼情况', title: '政府信息公开行政复议、行政诉讼情况', kind: 'table', table: 'table4',
    variants: ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
    doc: {
      'zh-cn': '政府信息公开行政复议、行政诉讼情况：行政复议、未经复议直接起诉、复议后起诉三组，每组五列。',
      en: 'Administrative review and litigation: three groups (review, direct suit, suit after review) of five columns.',
    },
  },
  {
    index: 5, numeral: '五', heading: '五、存在的主要问题及改进情况', title: '存在的主要问题及改进情况', kind: 'prose',
    variants: ['五、政府信息公开工作存在的主要问题及改进情况', '五、存在问题及改进情况'],
    doc: {
      'zh-cn': '存在的主要问题及改进情况：不应为空或仅写“无”。',
      en: 'Main problems and improvements: should not be empty or just "none".',
    },
  },
  {
    index: 6, numeral: '六', heading: '六、其他需要报告的事项', title: '其他需要报告的事项', kind: 'prose', variants: [],
    doc: {
      'zh-cn': '其他需要报告的事项：2021年格式下应报告收取信息处理费的情况（国办函〔2020〕109号）。',
      en: 'Other matters: under the 2021 format, report information-processing fees collected (国办函〔2020〕109号).',
    },
  },
];
