import type { ExtractTable } from './table';

/** The extract as an .xlsx workbook (exceljs): one sheet, numbers as numbers, the header row frozen. */
export async function toXlsx(table: ExtractTable): Promise<Uint8Array> {
  // Loaded only for xlsx: exceljs is large and `check` should not pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zfxxgk';
  const sheet = workbook.addWorksheet('年度报告数据', { views: [{ state: 'frozen', xSplit: 4, ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => (cell.value !== undefined ? cell.value : cell.raw)));
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 28;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
