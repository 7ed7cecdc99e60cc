// Realistic synthetic 政府信息公开工作年度报告 for the benchmarks, in both statutory formats.
// One report object is written three ways: our language (.zfxxgk), YAML for the peer
// (yaml-language-server + JSON Schema) and JSON (for the JSON.parse yardstick).
// Numbers are consistent (row totals, result totals, the table-三 balance, table-四 totals),
// so a generated report checks clean and every figure measures the no-error path.
// Adapted from ../shared/perf-anchor/gen-report.mjs (same PRNG, prose and distributions).

/** Deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const ri = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pick = (r, arr) => arr[Math.floor(r() * arr.length)];

// ---- statutory layouts (labels as authors write them) ----
const T2 = {
  2021: [
    { caption: '第二十条第（一）项', columns: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: ['规章', '行政规范性文件'], kind: 'docs2021' },
    { caption: '第二十条第（五）项', columns: ['本年处理决定数量'], rows: ['行政许可'], kind: 'decisions' },
    { caption: '第二十条第（六）项', columns: ['本年处理决定数量'], rows: ['行政处罚', '行政强制'], kind: 'decisions' },
    { caption: '第二十条第（八）项', columns: ['本年收费金额（单位：万元）'], rows: ['行政事业性收费'], kind: 'fee' },
  ],
  2019: [
    { caption: '第二十条第（一）项', columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: ['规章', '规范性文件'], kind: 'docs2019' },
    { caption: '第二十条第（五）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: ['行政许可', '其他对外管理服务事项'], kind: 'projects' },
    { caption: '第二十条第（六）项', columns: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: ['行政处罚', '行政强制'], kind: 'projects' },
    { caption: '第二十条第（八）项', columns: ['上一年项目数量', '本年增/减'], rows: ['行政事业性收费'], kind: 'feeItems' },
    { caption: '第二十条第（九）项', columns: ['采购项目数量', '采购总金额（单位：万元）'], rows: ['政府集中采购'], kind: 'procurement' },
  ],
};
// Table 三 as [label, key]: key marks the arithmetic role; null = group row (no numbers).
const T3_HEAD = [['一、本年新收政府信息公开申请数量', 'new'], ['二、上年结转政府信息公开申请数量', 'carriedIn'], ['三、本年度办理结果', null]];
const T3_RESULTS = {
  common: [
    ['（一）予以公开', 'r'], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'r'], ['（三）不予公开', null],
    ['1.属于国家秘密', 'r'], ['2.其他法律行政法规禁止公开', 'r'], ['3.危及“三安全一稳定”', 'r'], ['4.保护第三方合法权益', 'r'],
    ['5.属于三类内部事务信息', 'r'], ['6.属于四类过程性信息', 'r'], ['7.属于行政执法案卷', 'r'], ['8.属于行政查询事项', 'r'],
    ['（四）无法提供', null], ['1.本机关不掌握相关政府信息', 'r'], ['2.没有现成信息需要另行制作', 'r'], ['3.补正后申请内容仍不明确', 'r'],
    ['（五）不予处理', null], ['1.信访举报投诉类申请', 'r'], ['2.重复申请', 'r'], ['3.要求提供公开出版物', 'r'], ['4.无正当理由大量反复申请', 'r'],
    ['5.要求行政机关确认或重新出具已获取信息', 'r'],
  ],
  2019: [['（六）其他处理', 'r']],
  2021: [
    ['（六）其他处理', null], ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'r'],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'r'], ['3.其他', 'r'],
  ],
};
const T3_TAIL = [['（七）总计', 'total'], ['四、结转下年度继续办理', 'carriedOver']];
const T4_ROWS = ['行政复议', '未经复议直接起诉', '复议后起诉'];
// Weights of the outcome rows (予以公开 dominates, as in published reports).
const RESULT_WEIGHTS = [55, 12, 0.3, 0.4, 0.6, 2, 1.2, 1.5, 0.4, 0.2, 12, 4, 2, 3, 1.5, 0.6, 0.8, 0.3, 2, 0.1, 1.5];

const DISTRICTS = ['东城', '西湖', '南山', '北塘', '江宁', '海淀', '武侯', '天河', '鼓楼', '滨江', '雁塔', '历下'];
const CITIES = ['杭州市', '成都市', '南京市', '广州市', '西安市', '济南市', '深圳市', '武汉市'];

function prose(r, d) {
  const n = () => ri(r, 3, 980);
  const overview = [
    `${d.year}年，${d.org}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，认真贯彻《中华人民共和国政府信息公开条例》，按照上级关于政务公开工作的部署要求，围绕中心、服务大局，持续深化决策、执行、管理、服务、结果“五公开”，不断提升政务公开标准化规范化水平，切实保障人民群众的知情权、参与权、表达权和监督权。现将本年度政府信息公开工作情况报告如下。`,
    `（一）主动公开。全年通过政府门户网站主动公开政府信息${ri(r, 800, 4000)}条，其中政策文件${ri(r, 20, 90)}件、政策解读${ri(r, 10, 60)}篇、财政预决算及“三公”经费信息${ri(r, 5, 40)}条、重大建设项目信息${ri(r, 10, 80)}条、公共资源配置信息${n()}条。围绕优化营商环境、稳就业保民生、乡村振兴、生态环境保护等重点领域，及时发布权威信息，组织开展政策图解、视频解读和在线访谈${ri(r, 5, 30)}期，回应社会关切${ri(r, 20, 200)}次，确保政策“看得到、听得懂、办得了”。`,
    `（二）依申请公开。进一步规范依申请公开受理、审查、答复等环节，完善登记、审核、办理、答复、归档全流程管理，严格落实法定答复时限。全年共收到政府信息公开申请${d.t3new}件，上年结转${d.t3carry}件，均在法定期限内予以答复，其中予以公开${d.t3open}件、部分公开${d.t3part}件。因政府信息公开被申请行政复议${d.t4review}件、被提起行政诉讼${d.t4suit}件，未发生被纠错的情形。对申请量较大的征收补偿、规划建设等领域，主动梳理公开相关信息，从源头上减少重复申请。`,
    `（三）政府信息管理。严格执行政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年开展公开前保密审查${ri(r, 100, 900)}次。持续开展行政规范性文件清理工作，对现行有效的行政规范性文件进行集中公开并动态更新，废止和宣布失效文件${ri(r, 1, 30)}件。规范政府信息公开属性源头认定，做好公开内容的动态调整和历史信息归档管理。`,
    `（四）政府信息公开平台建设。持续优化政府门户网站集约化建设，完善政策文件库、政府信息公开专栏和政务新媒体矩阵，全年网站访问量达${ri(r, 50, 900)}万人次，政务新媒体发布信息${n()}条。推进政务服务大厅政务公开专区建设，设置政府信息查阅点${ri(r, 3, 40)}个，为群众提供查阅、咨询和申请等“一站式”服务。`,
    `（五）监督保障。将政务公开工作纳入年度绩效考核，制定年度政务公开工作要点并分解任务${ri(r, 20, 90)}项。组织开展政务公开业务培训${ri(r, 2, 12)}次，参训人员${ri(r, 80, 600)}人次。本年度未发生因政务公开工作不到位引发的责任追究情况，社会评议和举报投诉渠道畅通有效。`,
    `（六）重点领域信息公开。围绕财政资金直达基层、惠企利民政策、公共卫生、教育医疗、就业创业、养老服务、食品药品安全、安全生产等重点领域，细化公开目录和标准，累计公开重点领域信息${n()}条。推进基层政务公开标准化规范化建设，指导${ri(r, 5, 20)}个街道（镇）和${ri(r, 30, 200)}个村（社区）完善公开目录，在村（居）务公开栏同步公开涉及群众切身利益的事项，打通政务公开“最后一公里”。`,
  ];
  const problems = [
    `关于上年度问题的整改情况：针对上年度报告中提出的政策解读针对性不强、依申请公开答复规范性有待提高等问题，本年度制定了整改清单，逐项明确责任单位和完成时限，编印依申请公开答复文书参考范本，组织${ri(r, 3, 15)}个重点部门开展案例研讨，整改任务已全部完成。`,
    `${d.year}年度政府信息公开工作虽然取得了一定成效，但仍存在一些不足：一是政策解读形式还不够丰富，图解、视频等通俗化解读占比偏低；二是部分领域基层政务公开标准化规范化程度有待提升；三是政务公开队伍业务能力仍需加强。下一步，我们将围绕以上问题，丰富解读形式，加强对基层单位的业务指导，定期开展培训和督查，推动政务公开工作提质增效。`,
  ];
  const other = [
    `依据《政府信息公开信息处理费管理办法》，本年度${d.fee > 0 ? `收取信息处理费${d.fee}元` : '未收取信息处理费'}。本机关${d.year}年度政务公开工作要点中的各项任务均已落实，人大代表建议和政协提案办理结果按规定予以公开，全年共办理建议提案${ri(r, 20, 200)}件。`,
    `本年度无其他需要报告的事项。本报告中所列数据的统计期限自${d.year}年1月1日起至${d.year}年12月31日止。如对本报告有任何疑问，请与${d.org}办公室联系（地址：${d.org}行政中心${ri(r, 1, 9)}号楼，邮编：${ri(r, 100000, 899999)}，电话：0${ri(r, 10, 99)}-${ri(r, 10000000, 89999999)}）。`,
  ];
  return { overview, problems, other };
}

/** Money in 万元 as an exact decimal string with two places (never a float). */
const money = (r, maxCents) => { const cents = ri(r, 0, maxCents); return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`; };

function table2(r, version) {
  return T2[version].map((block) => ({
    ...block,
    values: block.rows.map(() => {
      switch (block.kind) {
        case 'docs2021': return [ri(r, 0, 12), ri(r, 0, 8), ri(r, 0, 60)];
        case 'decisions': return [ri(r, 0, 9000)];
        case 'fee': return [money(r, 50_000_000)];
        case 'docs2019': { const total = ri(r, 0, 60); return [ri(r, 0, 12), ri(r, 0, total), total]; }
        case 'projects': return [ri(r, 0, 300), ri(r, -20, 20), ri(r, 0, 9000)];
        case 'feeItems': return [ri(r, 0, 40), ri(r, -5, 5)];
        case 'procurement': return [ri(r, 0, 120), money(r, 300_000_000)];
        default: throw new Error(block.kind);
      }
    }),
  }));
}

function table3(r, version) {
  const resultRows = [...T3_RESULTS.common, ...T3_RESULTS[version]];
  const dataRows = resultRows.filter(([, k]) => k === 'r').length; // 21 (2019) or 23 (2021)
  const weights = RESULT_WEIGHTS.slice(0, dataRows);
  while (weights.length < dataRows) weights.push(1);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const scale = [ri(r, 40, 600), ri(r, 0, 40), ri(r, 0, 4), ri(r, 0, 3), ri(r, 0, 8), ri(r, 0, 6)];
  const results = Array.from({ length: dataRows }, () => new Array(6).fill(0));
  for (let c = 0; c < 6; c++) {
    for (let u = 0; u < scale[c]; u++) {
      let x = r() * wsum, i = 0;
      while (i < dataRows - 1 && (x -= weights[i]) > 0) i++;
      results[i][c]++;
    }
  }
  const handled = scale;
  const carryIn = handled.map((h) => Math.min(h, ri(r, 0, Math.ceil(h * 0.08))));
  const carryOut = handled.map((h) => (h ? ri(r, 0, Math.ceil(h * 0.06)) : 0));
  const newApps = handled.map((h, c) => h - carryIn[c] + carryOut[c]);
  const withTotal = (row) => [...row, row.reduce((a, b) => a + b, 0)];
  const rows = [];
  let k = 0;
  for (const [label, role] of [...T3_HEAD, ...resultRows, ...T3_TAIL]) {
    if (role === null) rows.push({ label, values: null });
    else if (role === 'new') rows.push({ label, values: withTotal(newApps) });
    else if (role === 'carriedIn') rows.push({ label, values: withTotal(carryIn) });
    else if (role === 'r') rows.push({ label, values: withTotal(results[k++]) });
    else if (role === 'total') rows.push({ label, values: withTotal(handled) });
    else rows.push({ label, values: withTotal(carryOut) });
  }
  return rows;
}

function table4(r) {
  return T4_ROWS.map((label) => {
    const row = [ri(r, 0, 6), ri(r, 0, 2), ri(r, 0, 2), ri(r, 0, 3)];
    return { label, values: [...row, row.reduce((a, b) => a + b, 0)] };
  });
}

/** One report as data. version: '2019' | '2021' (default: by seed, 3 in 4 are 2021). */
export function makeReport(seed = 1, version) {
  const r = rng(seed);
  version = version ?? (r() < 0.75 ? '2021' : '2019');
  const year = version === '2019' ? pick(r, [2019, 2020]) : pick(r, [2021, 2022, 2023, 2024]);
  const org = `${pick(r, CITIES)}${pick(r, DISTRICTS)}区人民政府`;
  const t2 = table2(r, version);
  const t3 = table3(r, version);
  const t4 = table4(r);
  const byLabel = (label) => t3.find((row) => row.label === label).values[6];
  const d = {
    year, org,
    t3new: t3[0].values[6], t3carry: t3[1].values[6], t3open: byLabel('（一）予以公开'), t3part: t3[4].values[6],
    t4review: t4[0].values[4], t4suit: t4[1].values[4] + t4[2].values[4], fee: r() < 0.8 ? 0 : ri(r, 10, 900),
  };
  return {
    version, year, org, title: `${org}${year}年政府信息公开工作年度报告`, published: `${year + 1}-01-${String(ri(r, 10, 31)).padStart(2, '0')}`,
    prose: prose(r, d), t2, t3, t4,
  };
}

/** The report in our language. */
export function toZfxxgk(rep) {
  const out = [`标题：${rep.title}`, `机关：${rep.org}`, `年度：${rep.year}`, `格式：${rep.version}`, ''];
  out.push('# 一、总体情况', ...rep.prose.overview, '');
  out.push('# 二、主动公开政府信息情况');
  for (const block of rep.t2) {
    out.push(`## ${block.caption}`, `信息内容 | ${block.columns.join(' | ')}`);
    block.rows.forEach((label, i) => out.push(`${label} | ${block.values[i].join(' | ')}`));
  }
  out.push('', '# 三、收到和处理政府信息公开申请情况');
  for (const row of rep.t3) out.push(row.values ? `${row.label} | ${row.values.join(' | ')}` : row.label);
  out.push('', '# 四、政府信息公开行政复议、行政诉讼情况');
  for (const row of rep.t4) out.push(`${row.label} | ${row.values.join(' | ')}`);
  out.push('', '# 五、存在的主要问题及改进情况', ...rep.prose.problems, '', '# 六、其他需要报告的事项', ...rep.prose.other);
  return out.join('\n') + '\n';
}

// ---- the peer's view: YAML + JSON Schema; and plain JSON ----
const T2_KEY = '二_主动公开政府信息情况';
const T3_KEY = '三_收到和处理政府信息公开申请情况';
const T4_KEY = '四_政府信息公开行政复议行政诉讼情况';
const yamlKey = (label) => label.replace(/[:#"“”]/g, '');

/** The report as a plain object (money as numbers: that is what YAML/JSON users write). */
export function toObject(rep) {
  const t2 = {};
  for (const block of rep.t2) block.rows.forEach((label, i) => { t2[yamlKey(label)] = block.values[i].map(Number); });
  const t3 = {};
  for (const row of rep.t3) if (row.values) t3[yamlKey(row.label)] = row.values;
  const t4 = Object.fromEntries(rep.t4.map((row) => [row.label, row.values]));
  return {
    标题: rep.title, 发布机关: rep.org, 年度: rep.year, 格式: rep.version, 发布日期: rep.published,
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
  for (const block of rep.t2) {
    const items = block.columns.map((c) => (/万元/.test(c) ? amount : /增\/减/.test(c) ? signed : count));
    for (const label of block.rows) t2props[yamlKey(label)] = { type: 'array', items, minItems: items.length, maxItems: items.length, description: block.columns.join('/') };
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

/** A ~1 MB stress document: a valid report whose prose sections are padded with many paragraphs. */
export function makeStress(targetBytes = 1_000_000, seed = 7) {
  const rep = makeReport(seed, '2021');
  const paragraphs = [...rep.prose.overview];
  const base = toZfxxgk(rep);
  let bytes = Buffer.byteLength(base);
  const extra = [];
  for (let i = 0; bytes < targetBytes; i++) {
    const p = `（补充${i + 1}）${paragraphs[i % paragraphs.length]}`;
    extra.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  rep.prose.overview = [...rep.prose.overview, ...extra];
  return toZfxxgk(rep);
}
