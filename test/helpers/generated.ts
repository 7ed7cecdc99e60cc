import { FORMATS, type FormatVersion, type RowSpec, type SubTableSpec } from '../../core/src/formats';

/**
 * Fictional reports generated from core/src/formats: every statutory row with numbers that add up
 * (table 三: rows sum to 总计, results to （七）总计, 一+二 = 三+四; table 四: 总计 = the four).
 * Keys as test/helpers/imported.ts numbersOf writes them.
 */
export interface GeneratedReport {
  version: FormatVersion;
  year: number;
  agency: string;
  cells: Record<string, string[]>;
}

/** A small deterministic PRNG (mulberry32), so a failing fast-check seed reproduces. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi], both included. */
export function between(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

const AGENCIES = ['青石县人民政府', '某某县审计局', '白水市统计局', '云岭区司法局'];

export function generateReport(seed: number, version: FormatVersion): GeneratedReport {
  const rand = random(seed);
  const int = (max: number) => Math.floor(rand() * (max + 1));
  const year = version === '2019' ? 2019 + int(1) : 2021 + int(4);
  const cells: Record<string, string[]> = {};
  for (const subTable of FORMATS[version].tables.table2.subTables) {
    for (const row of subTable.rows) {
      const values = subTable.columns.map((c) => (c.kind === 'money' ? `${int(900)}.${1 + int(8)}` : String(int(60))));
      // 本年新公开 ≤ 对外公开总数量 (2019 item 一).
      const total = subTable.columns.findIndex((c) => c.id === 'totalPublished');
      const published = subTable.columns.findIndex((c) => c.id === 'published');
      if (total >= 0 && published >= 0) values[total] = String(Number(values[published]) + int(40));
      cells[`table2/${subTable.id}.${row.id}`] = values;
    }
  }
  const t3 = FORMATS[version].tables.table3.subTables[0];
  const leaves = t3.rows.filter((r) => r.kind === 'data' && r.parent !== undefined && isResult(r, t3));
  const columns: number[][] = t3.rows.map(() => new Array<number>(7).fill(0));
  const at = (id: string) => t3.rows.findIndex((r) => r.id === id);
  for (let c = 0; c < 6; c++) {
    let sum = 0;
    for (const leaf of leaves) { const v = rand() < 0.4 ? int(30) : 0; columns[at(leaf.id)][c] = v; sum += v; }
    columns[at('total')][c] = sum;
    const over = int(5);
    const carriedIn = int(sum + over);
    columns[at('carriedOver')][c] = over;
    columns[at('carriedIn')][c] = carriedIn;
    columns[at('new')][c] = sum + over - carriedIn;
  }
  for (const row of t3.rows) {
    if (row.kind === 'group') continue;
    const values = columns[at(row.id)];
    values[6] = values.slice(0, 6).reduce((a, b) => a + b, 0);
    cells[`table3/${row.id}`] = values.map(String);
  }
  for (const row of FORMATS[version].tables.table4.subTables[0].rows) {
    const four = [int(20), int(9), int(9), int(5)];
    cells[`table4/${row.id}`] = [...four, four.reduce((a, b) => a + b, 0)].map(String);
  }
  return { version, year, agency: AGENCIES[int(AGENCIES.length - 1)], cells };
}

function isResult(row: RowSpec, subTable: SubTableSpec): boolean {
  if (row.id === 'total') return false;
  let parent = row.parent;
  while (parent) {
    if (parent === 'results') return true;
    parent = subTable.rows.find((r) => r.id === parent)?.parent;
  }
  return false;
}

export function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
