import { buildModel, identityOf, type FormatVersion } from '../../../core/src';
import { cellColumns, cellValue, type CellValue } from './columns';

/** The extract as a table: one row per report, the statutory cells as columns (see columns.ts). */
export interface ExtractTable { header: string[]; rows: CellValue[][] }

export const FIXED_HEADER = ['路径', '机关', '年度', '格式'];

export function extractTable(reports: Array<{ path: string; text: string }>): ExtractTable {
  const models = reports.map((r) => ({ path: r.path, model: buildModel(r.text) }));
  const columns = cellColumns(models.map((m) => m.model.format.version as FormatVersion));
  const rows = models.map(({ path, model }) => {
    const identity = identityOf(model);
    return [
      { raw: path },
      { raw: identity.agency ?? '' },
      identity.year !== undefined ? { raw: String(identity.year), value: identity.year } : { raw: '' },
      { raw: model.format.version },
      ...columns.map((column) => cellValue(model, column)),
    ];
  });
  return { header: [...FIXED_HEADER, ...columns.map((c) => c.header)], rows };
}
