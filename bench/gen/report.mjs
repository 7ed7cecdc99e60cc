// Realistic synthetic 政府信息公开工作年度报告 for the benchmarks, in both statutory formats: the tests'
// generator (test/helpers/realistic.ts, layouts read from core/src/formats), written three ways: our
// language (.zfxxgk), YAML for the peer (yaml-language-server + JSON Schema) and JSON (for the JSON.parse
// yardstick). Numbers are consistent, so a generated report checks clean and every figure measures the
// no-error path.
import { testHelper } from '../lib/testHelpers.mjs';

const { realisticReport, stressReport } = testHelper('realistic');
const { writeReport, tableLines } = testHelper('reportText');

/** One report as data. version: '2019' | '2021' (default: by seed, 3 in 4 are 2021). */
export const makeReport = (seed = 1, version) => realisticReport(seed, version);
/** The report in our language. */
export const toZfxxgk = (rep) => writeReport(rep);
/** A ~1 MB stress document: a valid report whose prose sections are padded with many paragraphs. */
export const makeStress = (targetBytes = 1_000_000, seed = 7) => stressReport(targetBytes, seed);

// ---- the peer's view: YAML + JSON Schema; and plain JSON ----
const T2_KEY = '二_主动公开政府信息情况';
const T3_KEY = '三_收到和处理政府信息公开申请情况';
const T4_KEY = '四_政府信息公开行政复议行政诉讼情况';
const yamlKey = (label) => label.replace(/[:#"“”]/g, '');

/** The report as a plain object (money as numbers: that is what YAML/JSON users write). */
export function toObject(rep) {
  const rows = (table) => tableLines(rep.version, table).filter((line) => line.kind === 'row' && rep.cells[line.key]);
  const t2 = Object.fromEntries(rows('table2').map((line) => [yamlKey(line.label), rep.cells[line.key].map(Number)]));
  const t3 = Object.fromEntries(rows('table3').map((line) => [yamlKey(line.label), rep.cells[line.key]]));
  const t4 = Object.fromEntries(rows('table4').map((line) => [line.label, rep.cells[line.key]]));
  return {
    标题: rep.title, 发布机关: rep.agency, 年度: rep.year, 格式: rep.version, 发布日期: rep.published,
    一_总体情况: rep.prose.overview.join('\n'), [T2_KEY]: t2, [T3_KEY]: t3, [T4_KEY]: t4,
    五_存在的主要问题及改进情况: rep.prose.problems.join('\n'), 六_其他需要报告的事项: rep.prose.other.join('\n'),
  };
}

export function toYaml(rep) {
  const o = toObject(rep);
  const out = [`标题: ${o.标题}`, `发布机关: ${o.发布机关}`, `年度: ${o.年度}`, `格式: "${o.格式}"`, `发布日期: "${o.发布日期}"`];
  const block = (k) => { out.push(`${k}: |-`); for (const line of o[k].split('\n')) out.push('  ' + line); };
  const table = (k) => { out.push(`${k}:`); for (const [rk, arr] of Object.entries(o[k])) out.push(`  ${rk}: [${arr.join(', ')}]`); };
  block('一_总体情况'); table(T2_KEY); table(T3_KEY); table(T4_KEY); block('五_存在的主要问题及改进情况'); block('六_其他需要报告的事项');
  return out.join('\n') + '\n';
}

/** JSON Schema (draft-07) of the same tables: shape, types, ranges; it cannot express the sums. */
export function makeSchema(rep) {
  const o = toObject(rep);
  const count = { type: 'integer', minimum: 0 };
  const signed = { type: 'integer' };
  const amount = { type: 'number', minimum: 0 };
  const t2props = {};
  for (const line of tableLines(rep.version, 'table2').filter((l) => l.kind === 'row')) {
    const items = line.columns.map((c) => (c.kind === 'money' ? amount : c.kind === 'signedCount' ? signed : count));
    t2props[yamlKey(line.label)] = { type: 'array', items, minItems: items.length, maxItems: items.length, description: line.columns.map((c) => c.label).join('/') };
  }
  const row = (n) => ({ type: 'array', items: count, minItems: n, maxItems: n });
  const strict = (props) => ({ type: 'object', additionalProperties: false, required: Object.keys(props), properties: props });
  const text = { type: 'string', minLength: 1 };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '政府信息公开工作年度报告',
    ...strict({
      标题: { type: 'string', minLength: 4 }, 发布机关: { type: 'string', minLength: 2 }, 年度: { type: 'integer', minimum: 2019, maximum: 2100 },
      格式: { enum: ['2019', '2021'] }, 发布日期: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, 一_总体情况: text,
      [T2_KEY]: strict(t2props),
      [T3_KEY]: strict(Object.fromEntries(Object.keys(o[T3_KEY]).map((k) => [k, row(7)]))),
      [T4_KEY]: strict(Object.fromEntries(Object.keys(o[T4_KEY]).map((k) => [k, row(5)]))),
      五_存在的主要问题及改进情况: text, 六_其他需要报告的事项: text,
    }),
  };
}
