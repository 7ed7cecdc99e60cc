import { FORMATS, type ColumnSpec, type FormatVersion } from '../../core/src/formats';
import { between, pick, random } from './generated';
import { writeReport, type ReportText } from './reportText';

/**
 * Realistic fictional reports for the benchmarks (and any test that wants a full one): the layout from
 * core/src/formats, numbers that add up (row totals, result totals, the table-三 balance, table-四 totals),
 * distributions like published reports' (予以公开 dominates), prose we wrote. A generated report checks clean,
 * so every bench figure measures the no-error path. Adapted from ../shared/perf-anchor/gen-report.mjs
 * (same PRNG, prose and distributions).
 */
export interface RealisticReport extends ReportText {
  title: string;
  /** Publication date, yyyy-mm-dd. */
  published: string;
}

// Value ranges of table 二 by column id, or by `subTable.column` where a sub-table differs.
const RANGES: Record<string, [number, number]> = {
  issued: [0, 12], repealed: [0, 8], inForce: [0, 60], made: [0, 12], decisions: [0, 9000],
  previousYear: [0, 300], change: [-20, 20], 'item8.previousYear': [0, 40], 'item8.change': [-5, 5], purchases: [0, 120],
};
/** Largest amount in cents (万元 × 100) of a money column, by sub-table. */
const MONEY_CENTS: Record<string, number> = { item8: 50_000_000, item9: 300_000_000 };
// Weights of the result rows of table 三 in statutory order (予以公开 dominates, as in published reports).
const RESULT_WEIGHTS = [55, 12, 0.3, 0.4, 0.6, 2, 1.2, 1.5, 0.4, 0.2, 12, 4, 2, 3, 1.5, 0.6, 0.8, 0.3, 2, 0.1, 1.5];
const DISTRICTS = ['东城', '西湖', '南山', '北塘', '江宁', '海淀', '武侯', '天河', '鼓楼', '滨江', '雁塔', '历下'];
const CITIES = ['杭州市', '成都市', '南京市', '广州市', '西安市', '济南市', '深圳市', '武汉市'];

interface ProseFacts {
  year: number; agency: string; t3new: number; t3carry: number; t3open: number; t3part: number; t4review: number; t4suit: number; fee: number;
}

/** Money in 万元 as an exact decimal string with two places (never a float). */
function money(r: () => number, maxCents: number): string {
  const cents = between(r, 0, maxCents);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function table2Row(r: () => number, subTable: string, columns: ColumnSpec[]): Array<number | string> {
  // 2019 item 一: 本年新公开数量 ≤ 对外公开总数量, so the total is drawn first.
  const total = columns.some((c) => c.id === 'totalPublished') ? between(r, 0, 60) : 0;
  return columns.map((c) => {
    if (c.id === 'totalPublished') return total;
    if (c.id === 'published') return between(r, 0, total);
    if (c.kind === 'money') return money(r, MONEY_CENTS[subTable]);
    const [lo, hi] = RANGES[`${subTable}.${c.id}`] ?? RANGES[c.id];
    return between(r, lo, hi);
  });
}

const withTotal = (row: number[]) => [...row, row.reduce((a, b) => a + b, 0)];

function table3(r: () => number, version: FormatVersion, cells: ReportText['cells']): void {
  const rows = FORMATS[version].tables.table3.subTables[0].rows;
  const isResult = (parent: string | undefined): boolean => parent === 'results' || (parent !== undefined && isResult(rows.find((x) => x.id === parent)?.parent));
  const resultRows = rows.filter((row) => row.kind === 'data' && isResult(row.parent));
  const weights = resultRows.map((_, i) => RESULT_WEIGHTS[i] ?? 1);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const handled = [between(r, 40, 600), between(r, 0, 40), between(r, 0, 4), between(r, 0, 3), between(r, 0, 8), between(r, 0, 6)];
  const results = resultRows.map(() => new Array<number>(6).fill(0));
  for (let c = 0; c < 6; c++) {
    for (let u = 0; u < handled[c]; u++) {
      let x = r() * wsum, i = 0;
      while (i < resultRows.length - 1 && (x -= weights[i]) > 0) i++;
      results[i][c]++;
    }
  }
  const carriedIn = handled.map((h) => Math.min(h, between(r, 0, Math.ceil(h * 0.08))));
  const carriedOver = handled.map((h) => (h ? between(r, 0, Math.ceil(h * 0.06)) : 0));
  const fixed: Record<string, number[]> = { new: handled.map((h, c) => h - carriedIn[c] + carriedOver[c]), carriedIn, total: handled, carriedOver };
  resultRows.forEach((row, i) => { fixed[row.id] = results[i]; });
  for (const row of rows) if (row.kind !== 'group') cells[`table3/${row.id}`] = withTotal(fixed[row.id]);
}

/** One report. version: by seed when not given (3 in 4 are 2021). */
export function realisticReport(seed = 1, version?: FormatVersion): RealisticReport {
  const r = random(seed);
  const v: FormatVersion = version ?? (r() < 0.75 ? '2021' : '2019');
  const year = v === '2019' ? pick(r, [2019, 2020]) : pick(r, [2021, 2022, 2023, 2024]);
  const agency = `${pick(r, CITIES)}${pick(r, DISTRICTS)}区人民政府`;
  const cells: ReportText['cells'] = {};
  for (const subTable of FORMATS[v].tables.table2.subTables) {
    for (const row of subTable.rows) cells[`table2/${subTable.id}.${row.id}`] = table2Row(r, subTable.id, subTable.columns);
  }
  table3(r, v, cells);
  for (const row of FORMATS[v].tables.table4.subTables[0].rows) {
    cells[`table4/${row.id}`] = withTotal([between(r, 0, 6), between(r, 0, 2), between(r, 0, 2), between(r, 0, 3)]);
  }
  const sum = (key: string, column: number) => Number(cells[key][column]);
  const facts: ProseFacts = {
    year, agency, t3new: sum('table3/new', 6), t3carry: sum('table3/carriedIn', 6), t3open: sum('table3/granted', 6), t3part: sum('table3/partial', 6),
    t4review: sum('table4/review', 4), t4suit: sum('table4/directSuit', 4) + sum('table4/suitAfterReview', 4), fee: r() < 0.8 ? 0 : between(r, 10, 900),
  };
  const published = `${year + 1}-01-${String(between(r, 10, 31)).padStart(2, '0')}`;
  return { version: v, year, agency, title: `${agency}${year}年政府信息公开工作年度报告`, published, cells, prose: prose(r, facts) };
}

/** A ~`targetBytes` stress document: a valid report whose section 一 is padded with many paragraphs. */
export function stressReport(targetBytes = 1_000_000, seed = 7): string {
  const report = realisticReport(seed, '2021');
  const paragraphs = report.prose.overview;
  let bytes = Buffer.byteLength(writeReport(report));
  const extra: string[] = [];
  for (let i = 0; bytes < targetBytes; i++) {
    const p = `（补充${i + 1}）${paragraphs[i % paragraphs.length]}`;
    extra.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  return writeReport({ ...report, prose: { ...report.prose, overview: [...paragraphs, ...extra] } });
}

function prose(r: () => number, d: ProseFacts): ReportText['prose'] {
  const n = () => between(r, 3, 980);
  const overview = [
    `${d.year}年，${d.agency}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，认真贯彻《中华人民共和国政府信息公开条例》，按照上级关于政务公开工作的部署要求，围绕中心、服务大局，持续深化决策、执行、管理、服务、结果“五公开”，不断提升政务公开标准化规范化水平，切实保障人民群众的知情权、参与权、表达权和监督权。现将本年度政府信息公开工作情况报告如下。`,
    `（一）主动公开。全年通过政府门户网站主动公开政府信息${between(r, 800, 4000)}条，其中政策文件${between(r, 20, 90)}件、政策解读${between(r, 10, 60)}篇、财政预决算及“三公”经费信息${between(r, 5, 40)}条、重大建设项目信息${between(r, 10, 80)}条、公共资源配置信息${n()}条。围绕优化营商环境、稳就业保民生、乡村振兴、生态环境保护等重点领域，及时发布权威信息，组织开展政策图解、视频解读和在线访谈${between(r, 5, 30)}期，回应社会关切${between(r, 20, 200)}次，确保政策“看得到、听得懂、办得了”。`,
    `（二）依申请公开。进一步规范依申请公开受理、审查、答复等环节，完善登记、审核、办理、答复、归档全流程管理，严格落实法定答复时限。全年共收到政府信息公开申请${d.t3new}件，上年结转${d.t3carry}件，均在法定期限内予以答复，其中予以公开${d.t3open}件、部分公开${d.t3part}件。因政府信息公开被申请行政复议${d.t4review}件、被提起行政诉讼${d.t4suit}件，未发生被纠错的情形。对申请量较大的征收补偿、规划建设等领域，主动梳理公开相关信息，从源头上减少重复申请。`,
    `（三）政府信息管理。严格执行政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年开展公开前保密审查${between(r, 100, 900)}次。持续开展行政规范性文件清理工作，对现行有效的行政规范性文件进行集中公开并动态更新，废止和宣布失效文件${between(r, 1, 30)}件。规范政府信息公开属性源头认定，做好公开内容的动态调整和历史信息归档管理。`,
    `（四）政府信息公开平台建设。持续优化政府门户网站集约化建设，完善政策文件库、政府信息公开专栏和政务新媒体矩阵，全年网站访问量达${between(r, 50, 900)}万人次，政务新媒体发布信息${n()}条。推进政务服务大厅政务公开专区建设，设置政府信息查阅点${between(r, 3, 40)}个，为群众提供查阅、咨询和申请等“一站式”服务。`,
    `（五）监督保障。将政务公开工作纳入年度绩效考核，制定年度政务公开工作要点并分解任务${between(r, 20, 90)}项。组织开展政务公开业务培训${between(r, 2, 12)}次，参训人员${between(r, 80, 600)}人次。本年度未发生因政务公开工作不到位引发的责任追究情况，社会评议和举报投诉渠道畅通有效。`,
    `（六）重点领域信息公开。围绕财政资金直达基层、惠企利民政策、公共卫生、教育医疗、就业创业、养老服务、食品药品安全、安全生产等重点领域，细化公开目录和标准，累计公开重点领域信息${n()}条。推进基层政务公开标准化规范化建设，指导${between(r, 5, 20)}个街道（镇）和${between(r, 30, 200)}个村（社区）完善公开目录，在村（居）务公开栏同步公开涉及群众切身利益的事项，打通政务公开“最后一公里”。`,
  ];
  const problems = [
    `关于上年度问题的整改情况：针对上年度报告中提出的政策解读针对性不强、依申请公开答复规范性有待提高等问题，本年度制定了整改清单，逐项明确责任单位和完成时限，编印依申请公开答复文书参考范本，组织${between(r, 3, 15)}个重点部门开展案例研讨，整改任务已全部完成。`,
    `${d.year}年度政府信息公开工作虽然取得了一定成效，但仍存在一些不足：一是政策解读形式还不够丰富，图解、视频等通俗化解读占比偏低；二是部分领域基层政务公开标准化规范化程度有待提升；三是政务公开队伍业务能力仍需加强。下一步，我们将围绕以上问题，丰富解读形式，加强对基层单位的业务指导，定期开展培训和督查，推动政务公开工作提质增效。`,
  ];
  const other = [
    `依据《政府信息公开信息处理费管理办法》，本年度${d.fee > 0 ? `收取信息处理费${d.fee}元` : '未收取信息处理费'}。本机关${d.year}年度政务公开工作要点中的各项任务均已落实，人大代表建议和政协提案办理结果按规定予以公开，全年共办理建议提案${between(r, 20, 200)}件。`,
    `本年度无其他需要报告的事项。本报告中所列数据的统计期限自${d.year}年1月1日起至${d.year}年12月31日止。如对本报告有任何疑问，请与${d.agency}办公室联系（地址：${d.agency}行政中心${between(r, 1, 9)}号楼，邮编：${between(r, 100000, 899999)}，电话：0${between(r, 10, 99)}-${between(r, 10000000, 89999999)}）。`,
  ];
  return { overview, problems, other };
}

