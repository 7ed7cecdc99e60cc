import type { TableId } from '../formats';
import { isHeaderWord } from './furniture';
import { exactRow, isColumnName, isRowName } from './labels';
import { readValue } from './values';

/**
 * Header rows known by their words, for readers whose sources do not mark them (web pages and Word
 * write header rows as ordinary cells, <td>). A row is a header on evidence only: names and nothing
 * else (no number or blank marker, no empty cell but the corner); two statutory column names (总计,
 * 自然人, 结果维持, 制发 …), or one with another header word (信息内容, 申请人情况), or two of table 四's rows
 * (行政复议, 复议后起诉: the group names of its header); more of those than other words; and no row of
 * table 二 or 三 (a body row of text cells, a group row: 三、本年度办理结果, （三）不予公开). The name rows
 * right above such a row are its upper levels (申请人情况, 法人或其他组织; 行政复议 / 行政诉讼, 未经复议直接起诉 /
 * 复议后起诉) when they hold header words only (and a corner); a caption row ends them. Anything less is
 * no header: the rows stay body rows, as before.
 */

const TABLES: TableId[] = ['table2', 'table3', 'table4'];
/** Table 四's rows are the group names of its upright header (行政复议 · 行政诉讼 · 未经复议直接起诉 · 复议后起诉). */
const ROW_TABLES: TableId[] = ['table2', 'table3'];

interface Words { columns: number; groups: number; table4Rows: number; rows: number; others: number; cornerOther: boolean }

/** The words of a row of names; undefined when it is not one (a number or blank marker, an empty cell but a corner, nothing at all). */
function wordsOf(cells: string[]): Words | undefined {
  const words: Words = { columns: 0, groups: 0, table4Rows: 0, rows: 0, others: 0, cornerOther: false };
  // Body rows (a number, a blank cell) are told first, before any label is looked up.
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].trim() === '' ? i > 0 : readValue(cells[i]) !== undefined) return undefined;
  }
  let filled = 0;
  for (const text of cells) {
    if (text.trim() === '') continue;
    filled++;
    if (TABLES.some((t) => isColumnName(text, t))) words.columns++;
    else if (ROW_TABLES.some((t) => isRowName(text, t))) words.rows++;
    else if (exactRow(text, 'table4', '2021')) words.table4Rows++;
    else if (TABLES.some((t) => isHeaderWord(text, t))) words.groups++;
    else { words.others++; if (filled === 1) words.cornerOther = true; }
  }
  return filled > 0 ? words : undefined;
}

/**
 * Column names (自然人 总计; or one with another header word: 信息内容 本年处理决定数量), or table 四's rows side
 * by side (行政复议 · 复议后起诉: its upright header, or the header of it transposed).
 */
const decisive = (w: Words) => w.rows === 0 && (
  ((w.columns >= 2 || (w.columns === 1 && w.groups >= 1)) && w.columns + w.groups > w.others) || (w.table4Rows >= 2 && w.table4Rows > w.others));
/** Header words only, but for a corner cell (项目, the 勾稽 note): a row with words of the author's is not known to be a header level. */
const upperLevel = (w: Words) => w.rows === 0 && w.columns + w.groups + w.table4Rows >= 1 && (w.others === 0 || (w.others === 1 && w.cornerOther));

/** For each row (its cells' text), whether its words make it a header row. One pass; each row is looked at once. */
export function headerRowsByWords(rows: string[][]): boolean[] {
  const header = new Array<boolean>(rows.length).fill(false);
  let levels: number[] = []; // name rows right above, waiting for a decisive row below them
  rows.forEach((cells, r) => {
    const words = wordsOf(cells);
    if (words && decisive(words)) {
      for (const level of levels) header[level] = true;
      levels = [];
      header[r] = true;
    } else if (words && upperLevel(words)) levels.push(r);
    else levels = [];
  });
  return header;
}
