import * as fs from 'fs';
import * as path from 'path';
import { FORMATS } from '../../core/src';
import { between, pick, random } from './generated';
import { writeReport } from './reportText';

/**
 * A generated workspace of consistent 2021-format reports (agencies × consecutive years)
 * with a known list of injected errors: what a county office reviews every January.
 * Deterministic for a seed.
 */
export interface CorpusOptions { agencies: number; years: number[]; seed?: number; rate?: number }
export interface Injected { file: string; code: string; count: number; kind: InjectionKind }
export type InjectionKind = 'carryOver' | 'inForce' | 'textMismatch' | 'table4Total' | 'repeat' | 'explainedCarryOver' | 'unexplainedSuppression' | 'scopeTrap';

const PLACES = ['东城', '西城', '南湖', '北山', '青石', '白河', '金沙', '银桥', '云台', '松林', '柳岸', '梅园', '竹溪', '兰亭', '桃源', '杏坛', '荷塘', '菊村', '枫林', '桂园', '清河', '长岭', '平原', '高桥', '新港'];
const DEPARTMENTS = ['民政局', '财政局', '教育局', '司法局', '商务局', '水利局', '审计局', '统计局', '人社局', '卫健委'];
const SUBJECTS = ['我局坚持公开为常态', '本机关持续优化公开目录', '我们围绕中心工作', '本单位压实主体责任', '我局健全工作机制', '本机关强化统筹协调', '我们聚焦群众关切', '本单位深化平台建设', '我局完善审查流程', '本机关加强队伍建设', '我们注重政策解读', '本单位推进标准化'];
const ACTIONS = ['细化公开清单', '规范发布流程', '拓展解读形式', '畅通申请渠道', '加强保密审查', '开展业务培训', '优化栏目设置', '推动数据开放', '落实考核评议', '强化督查整改', '完善回应机制', '提升办理质效'];
const RESULTS = ['群众获得感明显增强', '公开质量稳步提升', '工作规范化水平提高', '社会满意度持续上升', '政策知晓率显著提高', '信息检索更加便捷', '办理时限有效压缩', '平台访问量稳步增长', '互动回应更加及时', '公开内容更加完整', '基层公开更加规范', '制度体系更加健全'];

const COLUMNS = 6; // applicant types; the 7th column is the total
type Vector = number[];
const zeros = (): Vector => new Array<number>(COLUMNS).fill(0);
const withTotal = (v: Vector) => [...v, v.reduce((a, b) => a + b, 0)];

interface YearData {
  rulesInForce: number; normativeInForce: number;
  table3: Map<string, Vector>; carriedOver: Vector;
  review: number[]; directSuit: number[]; suitAfterReview: number[];
  sentences: { one: string[]; five: string[]; six: string[] };
}

/** `count` new sentences, none of them one of last year's (so only injected copies repeat). */
function sentences(choose: <T>(items: T[]) => T, count: number, lastYear: YearData | undefined): string[] {
  const used = new Set(lastYear ? [...lastYear.sentences.one, ...lastYear.sentences.five, ...lastYear.sentences.six] : []);
  const out = new Set<string>();
  while (out.size < count) {
    const sentence = `${choose(SUBJECTS)}，${choose(ACTIONS)}，${choose(RESULTS)}。`;
    if (!used.has(sentence)) out.add(sentence);
  }
  return [...out];
}

function results(int: (max: number) => number, total: number): number[] {
  const parts = [0, 0, 0, 0];
  for (let i = 0; i < total; i++) parts[int(3)]++; // 维持, 纠正, 其他; pending stays small
  if (parts[0] > 0 && int(2) === 0) { parts[0]--; parts[3]++; }
  return [...parts, total];
}

/** Write the corpus to `dir`; returns the files and the diagnostics a correct checker must report. */
export function generateCorpus(
  dir: string, options: CorpusOptions,
): { files: string[]; injected: Injected[]; exceptions: Array<{ file: string; kind: InjectionKind }> } {
  const rand = random(options.seed ?? 7);
  /** An integer in [0, max). */
  const int = (max: number) => between(rand, 0, max - 1);
  const choose = <T>(items: T[]) => pick(rand, items);
  const rate = options.rate ?? 0.04;
  const spec = FORMATS['2021'].tables.table3.subTables[0].rows;
  const dataRows = spec.filter((r) => r.kind === 'data' && r.id !== 'new' && r.id !== 'carriedIn' && r.id !== 'carriedOver');
  const files: string[] = [];
  const injected: Injected[] = [];
  const exceptions: Array<{ file: string; kind: InjectionKind }> = [];
  fs.mkdirSync(dir, { recursive: true });
  for (let a = 0; a < options.agencies; a++) {
    const agency = `${PLACES[a % PLACES.length]}区${DEPARTMENTS[Math.floor(a / PLACES.length) % DEPARTMENTS.length]}${a >= PLACES.length * DEPARTMENTS.length ? `第${Math.floor(a / (PLACES.length * DEPARTMENTS.length)) + 1}分局` : ''}`;
    let previous: YearData | undefined;
    for (const [yearIndex, year] of options.years.entries()) {
      const file = path.join(dir, `agency-${String(a).padStart(4, '0')}`, `${year}.zfxxgk`);
      const inject = (kind: InjectionKind) => yearIndex > 0 && rand() < rate ? kind : undefined;
      // Table 三: last year's carried-over is this year's carried-in.
      const carriedIn = previous ? [...previous.carriedOver] : [int(5), int(2), 0, 0, 0, 0];
      const fresh = [10 + int(40), int(6), 0, int(2), int(2), 0];
      const table3 = new Map<string, Vector>();
      const carriedOver = zeros();
      for (const row of dataRows) table3.set(row.id, zeros());
      for (let c = 0; c < COLUMNS; c++) {
        const available = fresh[c] + carriedIn[c];
        carriedOver[c] = int(Math.min(available, 4) + 1);
        for (let k = 0; k < available - carriedOver[c]; k++) table3.get(choose(dataRows).id)![c]++;
      }
      const mismatch = inject('carryOver') ?? inject('explainedCarryOver');
      if (mismatch) { // still balances; differs from last year
        carriedIn[0] += 2;
        carriedOver[0] += 2;
      }
      // Table 二: in force continues from last year.
      const rules = [int(2), int(2)];
      const normative = [int(8), int(5)];
      let rulesInForce = (previous?.rulesInForce ?? 5 + int(10)) + rules[0] - rules[1];
      const normativeInForce = (previous?.normativeInForce ?? 30 + int(40)) + normative[0] - normative[1];
      if (rulesInForce < 0) { rules[1] = 0; rulesInForce = (previous?.rulesInForce ?? 0) + rules[0]; }
      const inForceBroken = inject('inForce');
      const writtenRulesInForce = rulesInForce + (inForceBroken ? 1 : 0);
      const review = results(int, int(4));
      const directSuit = results(int, int(3));
      const suitAfterReview = results(int, int(2));
      const table4Broken = inject('table4Total');
      const repeat = previous ? inject('repeat') : undefined;
      const textBroken = inject('textMismatch');
      const scopeTrap = rand() < rate * 2;
      const suppression = mismatch === 'explainedCarryOver' && int(3) === 0 ? 'unexplained' : mismatch === 'explainedCarryOver' ? 'explained' : undefined;

      const data: YearData = {
        rulesInForce: writtenRulesInForce, normativeInForce, table3, carriedOver, review, directSuit, suitAfterReview,
        sentences: {
          one: sentences(choose, 8, previous),
          five: repeat && previous ? previous.sentences.five : sentences(choose, 4, previous),
          six: sentences(choose, 3, previous),
        },
      };
      const total = zeros();
      for (const v of table3.values()) v.forEach((n, c) => { total[c] += n; });
      const sum = (v: Vector) => v.reduce((x, y) => x + y, 0);
      const answered = sum(total) + (textBroken ? 3 : 0);
      const litigation = directSuit[4] + suitAfterReview[4];
      const one = [
        data.sentences.one.slice(0, 4).join(''),
        `${year}年，本机关共受理政府信息公开申请 ${sum(fresh)} 件，上年结转 ${sum(carriedIn)} 件，答复 ${answered} 件，结转下年度继续办理 ${sum(carriedOver)} 件。`,
        `政府信息公开行政复议 ${review[4]} 件，行政诉讼 ${litigation} 件。`,
        scopeTrap ? `全省备案政府信息公开行政复议案件 ${review[4] + 40} 件，较上年增加 ${3 + int(5)} 件。` : '',
        data.sentences.one.slice(4).join(''),
      ].filter(Boolean);
      const suppressLine = suppression === 'explained' ? '%% zfxxgk-disable-next-line crossYear.carryOver 机构改革后承接划入事项'
        : suppression === 'unexplained' ? '%% zfxxgk-disable-next-line crossYear.carryOver' : undefined;
      const reviewWritten = table4Broken ? [...review.slice(0, 4), review[4] + 1] : review;
      const cells: Record<string, Array<string | number>> = {
        'table2/item1.rules': [rules[0], rules[1], writtenRulesInForce],
        'table2/item1.normative': [normative[0], normative[1], normativeInForce],
        'table2/item5.licensing': [int(5000)],
        'table2/item6.penalty': [int(900)],
        'table2/item6.enforcement': [int(90)],
        'table2/item8.fees': [`${int(900)}.${int(90) + 10}`],
      };
      for (const row of spec) {
        if (row.kind === 'group') continue;
        const values = row.id === 'new' ? fresh : row.id === 'carriedIn' ? carriedIn : row.id === 'carriedOver' ? carriedOver : row.id === 'total' ? total : table3.get(row.id)!;
        cells[`table3/${row.id}`] = withTotal(values);
      }
      cells['table4/review'] = reviewWritten;
      cells['table4/directSuit'] = directSuit;
      cells['table4/suitAfterReview'] = suitAfterReview;
      const text = writeReport({
        version: '2021', year, agency, cells, above: suppressLine ? { 'table3/carriedIn': suppressLine } : undefined,
        prose: { overview: one, problems: [data.sentences.five.join('')], other: [`${data.sentences.six.join('')}本年度未收取信息处理费。`] },
      });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      files.push(file);
      const columnsChanged = 2; // 自然人 and 总计
      if (mismatch === 'carryOver') injected.push({ file, code: 'crossYear.carryOver', count: columnsChanged, kind: 'carryOver' });
      if (suppression) exceptions.push({ file, kind: 'explainedCarryOver' });
      if (scopeTrap) exceptions.push({ file, kind: 'scopeTrap' });
      if (suppression === 'unexplained') injected.push({ file, code: 'suppress.noReason', count: 1, kind: 'unexplainedSuppression' });
      // The suppression hides the 自然人 column's warning; the 总计 column is on the same line: hidden too.
      if (inForceBroken) injected.push({ file, code: 'crossYear.inForce', count: 1, kind: 'inForce' });
      if (table4Broken) {
        injected.push({ file, code: 'table4.total', count: 1, kind: 'table4Total' });
        // The prose quotes the true total: it now disagrees with the table, and says so.
        injected.push({ file, code: 'text.tableMismatch', count: 1, kind: 'table4Total' });
      }
      if (repeat) injected.push({ file, code: 'repeat.lastYear', count: 1, kind: 'repeat' });
      if (textBroken) injected.push({ file, code: 'text.tableMismatch', count: 1, kind: 'textMismatch' });
      previous = data;
    }
  }
  return { files, injected, exceptions };
}
