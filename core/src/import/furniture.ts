import { FORMATS, type TableId } from '../formats';
import { labelKey, toHalfWidth } from '../text/normalize';

/**
 * The statutory tables' own header words (column names, 申请人情况, the 勾稽 note). They are
 * template, not the author's text: import recognises them, and the writer regenerates them.
 */
function furnitureWords(table: TableId): string[] {
  const words: string[] = [];
  for (const format of Object.values(FORMATS)) {
    const spec = format.tables[table];
    if (spec.note) words.push(spec.note);
    for (const subTable of spec.subTables) for (const column of subTable.columns) words.push(column.label);
  }
  if (table === 'table2') words.push('信息内容', '单位万元', '保留4位小数', '采购总金额单位万元保留4位小数');
  if (table === 'table3') words.push('申请人情况', '法人或其他组织');
  if (table === 'table4') words.push('行政诉讼', '政府信息公开行政复议行政诉讼情况');
  return words.map(labelKey).filter((k) => k !== '');
}

const WORDS: Record<TableId, string[]> = { table2: furnitureWords('table2'), table3: furnitureWords('table3'), table4: furnitureWords('table4') };
const FURNITURE: Record<TableId, string> = { table2: WORDS.table2.join('|'), table3: WORDS.table3.join('|'), table4: WORDS.table4.join('|') };
const EXACT: Record<TableId, Set<string>> = { table2: new Set(WORDS.table2), table3: new Set(WORDS.table3), table4: new Set(WORDS.table4) };

/** The text is one of the table's header words, whole (申请人情况, 法人或其他组织, 行政诉讼, a column name). */
export function isHeaderWord(text: string, table: TableId): boolean {
  return EXACT[table].has(labelKey(text));
}

/** Every word of the text is a piece of the table's header words ("商业企", "社会公益 法律服务"). */
export function isFurniture(text: string, table: TableId): boolean {
  const pieces = toHalfWidth(text).split(/\s+/).map(labelKey).filter((p) => p !== '');
  return pieces.length > 0 && pieces.every((p) => FURNITURE[table].includes(p));
}

const VERTICAL = '三本年度办理结果';

/** The letters of 三、本年度办理结果 that PDF layouts print one per line beside the rows. */
export function isVerticalLetters(text: string): boolean {
  const bare = toHalfWidth(text).replace(/[\s、.．,，]/g, '');
  return bare.length > 0 && bare.length <= 2 && [...bare].every((c) => VERTICAL.includes(c));
}

const CAPTION = /第\s*二十\s*条\s*第?\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*项/;

/** 第二十条第（一）项 in any spelling: the item numeral. */
export function captionItem(text: string): string | undefined {
  return CAPTION.exec(toHalfWidth(text))?.[1];
}
