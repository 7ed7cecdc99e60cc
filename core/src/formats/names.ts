import type { Locale, Localized, TableId } from './types';

/** How messages, hovers and completions name each table (short forms of the section titles). */
export const TABLE_NAMES: Record<TableId, Localized> = {
  table2: { 'zh-cn': '表二（主动公开政府信息情况）', en: 'Table 二 (proactive disclosure)' },
  table3: { 'zh-cn': '表三（收到和处理政府信息公开申请情况）', en: 'Table 三 (requests)' },
  table4: { 'zh-cn': '表四（行政复议、行政诉讼情况）', en: 'Table 四 (review and litigation)' },
};

/** The name of a table in the user's language. */
export function tableName(table: TableId, locale: Locale): string {
  return TABLE_NAMES[table][locale] ?? TABLE_NAMES[table]['zh-cn'];
}
