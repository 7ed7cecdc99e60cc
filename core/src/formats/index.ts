import { SECTIONS } from './sections';
import { table2 } from './table2';
import { table3 } from './table3';
import { table4 } from './table4';
import { table2Inequalities, table3Equations, table4Equations } from './relations';
import type { FormatSpec, FormatVersion, RowSpec, SubTableSpec, TableId } from './types';

export * from './types';
export { tableName } from './names';

function build(version: FormatVersion): FormatSpec {
  const tables = { table2: table2(version), table3: table3(version), table4: table4() };
  return {
    version,
    notice: version === '2019' ? '国办公开办函〔2019〕60号' : '国办公开办函〔2021〕30号',
    title: version === '2019' ? '《中华人民共和国政府信息公开工作年度报告格式（试行）》' : '《中华人民共和国政府信息公开工作年度报告格式》',
    firstYear: version === '2019' ? 2019 : 2021,
    lastYear: version === '2019' ? 2020 : undefined,
    sections: SECTIONS,
    tables,
    equations: [...table3Equations(tables.table3), ...table4Equations(tables.table4)],
    inequalities: table2Inequalities(version),
  };
}

export const FORMATS: Record<FormatVersion, FormatSpec> = { '2019': build('2019'), '2021': build('2021') };

/** 国办公开办函〔2019〕60号 covers report years 2019–2020, 〔2021〕30号 2021 on: ≤ 2020 → 2019 format; ≥ 2021 → 2021 format. */
export function versionForYear(year: number): FormatVersion {
  return year <= 2020 ? '2019' : '2021';
}

export function otherVersion(version: FormatVersion): FormatVersion {
  return version === '2019' ? '2021' : '2019';
}

export interface RowLocation { table: TableId; subTable: SubTableSpec; row: RowSpec }

export function allRows(format: FormatSpec): RowLocation[] {
  const out: RowLocation[] = [];
  for (const table of Object.values(format.tables)) {
    for (const subTable of table.subTables) for (const row of subTable.rows) out.push({ table: table.id, subTable, row });
  }
  return out;
}
