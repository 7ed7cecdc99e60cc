import * as assert from 'assert';
import { analyze, buildModel, findRepeats, proseSentences, ReportIndex, sectionSentences } from '../../core/src';
import { example } from '../helpers/examples';

const Y2023 = example('suqian/2023-suqian-shi.zfxxgk');
const Y2024 = example('suqian/2024-suqian-shi.zfxxgk');

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
  it('宿迁 2024 repeats some sentences of 2023 but no section passes half: silent', () => {
    const lastYear = proseSentences(buildModel(Y2023));
    const shares = buildModel(Y2024).sections.filter((s) => s.spec?.kind === 'prose').map((s) => {
      const sentences = sectionSentences(s);
      const repeats = findRepeats(sentences, lastYear);
      return `${s.spec!.numeral} ${repeats.filter(Boolean).length}/${sentences.length}`;
    });
    // 一: the 主动公开 opening and the website-visits sentence (numbers masked); sub-headings do not count.
    // 五 keeps 2023's opening and "针对上述问题，我市及时进行了针对性的改进。" (numbers are masked: 2023年 = 2024年).
    assert.deepStrictEqual(shares, ['一 2/56', '五 2/8', '六 1/4']);
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
    assert.match(Y2023.split('\n')[first.range.start.line], /^2023年，我市政府信息公开工作取得了一定成绩/);
  });

  it('near-identical sentences count (a word changed), different ones do not', () => {
    const [a, b, c] = ['我局坚持公开为常态，不公开为例外，全面推进政务公开工作。', '我局坚持公开为常态、不公开为例外，全面推进政务公开各项工作。', '我局开展了三次业务培训，覆盖全部科室。']
      .map((s) => sectionSentences(buildModel(`# 一、总体情况\n${s}\n`).sections[0])[0]);
    const repeats = findRepeats([b, c], [a]);
    assert.strictEqual(repeats[0]?.source, a);
    assert.strictEqual(repeats[1], undefined);
  });
});
