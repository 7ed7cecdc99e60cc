import type { Token } from './types';

/**
 * Fit a row's value tokens to its n columns. Blank cells beyond n come from merged label cells
 * (before) and spanned header cells (after): they are dropped, trailing ones first.
 */
export function trimBlanks(values: Token[], n: number): Token[] {
  const out = [...values];
  while (out.length > n && out[out.length - 1].blank) out.pop();
  while (out.length > n && out[0].blank) out.shift();
  return out;
}

/** Column edges learnt from the complete rows of one sub-table (pdf layout or HTML grid). */
export type ColumnModel = number[];

export function learnColumns(rows: Token[][], n: number): ColumnModel | undefined {
  const complete = rows.filter((r) => r.length === n && r.every((t) => t.end !== undefined));
  if (complete.length === 0) return undefined;
  const model: number[] = [];
  for (let c = 0; c < n; c++) model.push(complete.reduce((sum, r) => sum + r[c].end!, 0) / complete.length);
  return model;
}

/**
 * Place k < n values into n columns by their right edges, keeping their order; the rest stay
 * blank (undefined). Dynamic programming over monotone assignments, least total distance.
 */
export function placeByPosition(values: Token[], model: ColumnModel): Array<Token | undefined> | undefined {
  const k = values.length;
  const n = model.length;
  if (k === 0 || k > n || values.some((v) => v.end === undefined)) return undefined;
  const INF = Number.POSITIVE_INFINITY;
  // cost[i][j]: best cost placing the first i values within the first j columns.
  const cost: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(INF));
  const take: boolean[][] = Array.from({ length: k + 1 }, () => new Array<boolean>(n + 1).fill(false));
  for (let j = 0; j <= n; j++) cost[0][j] = 0;
  for (let i = 1; i <= k; i++) {
    for (let j = i; j <= n; j++) {
      const skip = cost[i][j - 1];
      const use = cost[i - 1][j - 1] + Math.abs(values[i - 1].end! - model[j - 1]);
      if (use <= skip) { cost[i][j] = use; take[i][j] = true; } else cost[i][j] = skip;
    }
  }
  const placed: Array<Token | undefined> = new Array(n).fill(undefined);
  let i = k;
  let j = n;
  while (i > 0 && j > 0) {
    if (take[i][j]) { placed[j - 1] = values[i - 1]; i--; } 
    j--;
  }
  return placed;
}
