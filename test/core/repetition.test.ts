import * as assert from 'assert';
import { analyze, buildModel, findRepeats, isBoilerplate, proseSentences, ReportIndex, sectionSentences } from '../../core/src';
import { example } from '../helpers/examples';

const Y2023 = example('bailu/2023-bailu-shi.zfxxgk');
const Y2024 = example('bailu/2024-bailu-shi.zfxxgk');

function section(text: string, heading: string): string {
  const start = text.indexOf(heading);
  const end = text.indexOf('\n# ', start + 1);
  return text.slice(start, end < 0 ? text.length : end);
}

function withLastYear(current: string) {
  const index = new ReportIndex();
  index.update('file:///ws/2023.zfxxgk', Y2023);
  index.update('file:///ws/2024.zfxxgk', current);
  return analyze(current, { previous: index.previousReport('file:///ws/2024.zfxxgk') }).diagnostics.filter((d) => d.code === 'repeat.lastYear');
}

describe('repetition with last year\'s report', () => {
  it('白鹭市 2024 repeats some sentences of 2023 but no section passes half: silent', () => {
    const lastYear = proseSentences(buildModel(Y2023));
    const shares = buildModel(Y2024).sections.filter((s) => s.spec?.kind === 'prose').map((s) => {
      const sentences = sectionSentences(s);
      const repeats = findRepeats(sentences, lastYear);
      return `${s.spec!.numeral} ${repeats.filter(Boolean).length}/${sentences.length}`;
    });
    // 一: the 主动公开 sentences on publishing policy documents and the training and inspection ones (numbers masked).
    // 五 keeps 2023's opening "…政务公开工作仍有不足。" (numbers are masked: 2023年 = 2024年) and "针对上述问题，我市已着手改进。".
    assert.deepStrictEqual(shares, ['一 3/14', '五 2/8', '六 0/1']);
    assert.deepStrictEqual(withLastYear(Y2024), []);
  });

  it('a section copied from last year: information on its heading, the copied sentences findable in last year\'s file', () => {
    const copied = Y2024.replace(section(Y2024, '# 五、'), section(Y2023, '# 五、'));
    const [d] = withLastYear(copied);
    assert.strictEqual(d.severity, 'information');
    assert.strictEqual(copied.slice(d.span.start, d.span.end), '五、存在的主要问题及改进情况');
    assert.match(d.message, /^本部分 100% 的文字与 2023 年度报告相同或几乎相同（8\/8 句）/);
    assert.strictEqual(d.related.length, 8);
    assert.ok(d.related.every((r) => r.uri === 'file:///ws/2023.zfxxgk'));
    const first = d.related[0];
    assert.match(Y2023.split('\n')[first.range.start.line], /^2023年，白鹭市政务公开工作仍有不足/);
  });

  it('near-identical sentences count (a word changed), different ones do not', () => {
    const [a, b, c] = ['我局坚持公开为常态，不公开为例外，全面推进政务公开工作。', '我局坚持公开为常态、不公开为例外，全面推进政务公开各项工作。', '我局开展了三次业务培训，覆盖全部科室。']
      .map((s) => sectionSentences(buildModel(`# 一、总体情况\n${s}\n`).sections[0])[0]);
    const repeats = findRepeats([b, c], [a]);
    assert.strictEqual(repeats[0]?.source, a);
    assert.strictEqual(repeats[1], undefined);
  });
});

/** 青石县人民政府, a made-up agency: each year's own prose, and a section 六 given per year. */
function qingshi(year: number, six: string): string {
  const requests = 40 + (year % 7) * 3;
  return [
    `标题：青石县人民政府${year}年政府信息公开工作年度报告`, '机关：青石县人民政府', `年度：${year}`, '',
    '# 一、总体情况',
    `${year}年，县政府围绕${['乡村振兴', '营商环境', '防汛抗旱', '教育均衡', '医保改革', '老旧小区改造', '数字政府'][year % 7]}主题，新增公开专栏${year % 5 + 2}个。`,
    `全年受理政府信息公开申请${requests}件，较上年${year % 2 ? '增加' : '减少'}${year % 4 + 1}件，办结率百分之百。`,
    `县政府门户网站第${year % 3 + 1}次改版上线，${['政策解读', '办事指南', '互动交流'][year % 3]}栏目访问量居全县首位。`,
    '# 五、存在的主要问题及改进情况',
    `${['基层公开人员流动较大', '政策解读形式较为单一', '依申请公开答复文书不够规范', '公开平台整合尚未完成', '公开目录更新不够及时', '村务公开指导不足', '数据开放程度不高'][year % 7]}，下一步将${['组织专题培训', '丰富图解和视频解读', '制定答复文书范本', '推进平台集约化建设', '建立月度检查机制', '开展村务公开督导', '编制数据开放清单'][year % 7]}。`,
    `${year + 1}年，县政府将把${['公开质量', '解读实效', '办理时效', '平台建设', '目录管理', '基层公开', '数据开放'][year % 7]}作为重点工作持续推进。`,
    '# 六、其他需要报告的事项', six, '',
  ].join('\n');
}

/** Repetition notes of each year against the one before, over a series of one agency's reports. */
function seriesNotes(years: number[], six: (year: number) => string): Map<number, string[]> {
  const index = new ReportIndex();
  for (const year of years) index.update(`file:///ws/${year}.zfxxgk`, qingshi(year, six(year)));
  return new Map(years.map((year) => {
    const previous = index.previousReport(`file:///ws/${year}.zfxxgk`);
    return [year, analyze(qingshi(year, six(year)), { previous }).diagnostics.filter((d) => d.code === 'repeat.lastYear').map((d) => d.message)];
  }));
}

describe('repetition judges substance, not the standard statements (issue 16)', () => {
  const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

  it('seven years of the same one-line section 六 (the fee statement with its year changed): no note', () => {
    const notes = seriesNotes(years, (year) => `${year}年，无收取信息处理费情况。`);
    assert.deepStrictEqual([...notes.values()].flat(), []);
  });

  it('the two standard statements of section 六 together, or "no other matters" alone: no note', () => {
    for (const six of [(year: number) => `本年度无其他需要报告的事项。${year}年度，本机关未收取政府信息公开信息处理费。`,
      () => '无其他需要报告的事项。', () => '本年度，本机关没有其他需要报告的事项，未收取任何费用。']) {
      assert.deepStrictEqual([...seriesNotes(years, six).values()].flat(), []);
    }
  });

  it('a one-sentence section is judged by substance: even copied word for word, no repetition note', () => {
    const notes = seriesNotes(years, () => '县政府严格执行《政府信息公开信息处理费管理办法》，全年对超出数量的申请均按标准核算，收费情况已在门户网站公示。');
    assert.deepStrictEqual([...notes.values()].flat(), []);
  });

  it('a genuinely copied multi-sentence section 六 still gets its note, the standard statements not counted', () => {
    const six = (year: number) => [
      '县政府严格执行《政府信息公开信息处理费管理办法》，全年对超出数量的申请均按标准核算。',
      '各乡镇政务公开专栏统一纳入县政府门户网站集约化平台管理，实现一网发布。',
      '县政务服务中心设立政府信息查阅点，配备专人接待群众查阅。',
      `${year}年，无收取信息处理费情况。`,
    ].join('');
    const notes = seriesNotes(years, six);
    for (const year of years.slice(1)) {
      assert.deepStrictEqual(notes.get(year), [`本部分 100% 的文字与 ${year - 1} 年度报告相同或几乎相同（3/3 句）；超过一半时评估会扣分。重复的句子见“相关信息”。`], String(year));
    }
    assert.deepStrictEqual(notes.get(2018), []);
  });

  it('what counts as a standard statement', () => {
    for (const text of ['无其他需要报告的事项。', '2024年，无收取信息处理费情况。', '本年度无其他需要报告的事项，未收取信息处理费。',
      '2023年度，我局未收取政府信息公开信息处理费。', '本年度没有发生收取信息处理费的情况。', '本年度本单位无其他需要说明的情况。']) {
      assert.ok(isBoilerplate(text), text);
    }
    for (const text of ['2024 年，县政府按照《政府信息公开信息处理费管理办法》核收信息处理费，全年共收取 1260 元。',
      '我局无其他问题需要整改，但将继续加强队伍建设。', '本年度未发生因政府信息公开被申请行政复议的情况。', '2024年，我局。',
      '我局坚持公开为常态，不公开为例外，全面推进政务公开工作。']) {
      assert.ok(!isBoilerplate(text), text);
    }
  });
});
