import * as assert from 'assert';
import fc from 'fast-check';
import { agencyKey, ReportIndex, scanIdentity } from '../../core/src';
import { scanHeader } from '../../core/src/workspace';
import { example, QINGSHI } from '../helpers/examples';

const report = (agency: string, year: number | string) => `标题：报告\n机关：${agency}\n年度：${year}\n格式：2021\n\n# 一、总体情况\n正文。\n`;

describe('workspace: the index of reports by (机关, 年度)', () => {
  it('reads the identity from the header lines alone', () => {
    assert.deepStrictEqual(scanIdentity(example(QINGSHI)), { agency: '青石市人民政府', agencyKey: '青石市政府', year: 2024 });
    assert.deepStrictEqual(scanIdentity('\ufeff%% 注释\n机关： 某某局 \n年度：２０２３\n'), { agency: '某某局', agencyKey: '某某局', year: 2023 });
    assert.deepStrictEqual(scanIdentity('前言在前。\n机关：某某局\n年度：2023\n'), { agency: undefined, agencyKey: undefined, year: undefined }, 'header ends at the preamble');
  });

  it('treats spellings of one agency as one: widths, spaces, 人民政府 = 政府', () => {
    assert.strictEqual(agencyKey('宿迁市 人民政府'), agencyKey('宿迁市政府'));
    assert.strictEqual(agencyKey('（宿迁市）民政局'), agencyKey('宿迁市民政局'));
    assert.notStrictEqual(agencyKey('宿迁市民政局'), agencyKey('宿迁市财政局'));
  });

  it('finds last year\'s report of the same agency, and only that', () => {
    const index = new ReportIndex();
    index.update('a/2023', report('宿迁市人民政府', 2023));
    index.update('a/2024', report('宿迁市政府', 2024));
    index.update('b/2023', report('宿迁市民政局', 2023));
    assert.strictEqual(index.previousOf('a/2024')?.uri, 'a/2023');
    assert.strictEqual(index.previousOf('a/2023'), undefined);
    assert.deepStrictEqual(index.dependantsOf('a/2023').map((r) => r.uri), ['a/2024']);
    assert.strictEqual(index.previousReport('a/2024')?.model.year, 2023);
  });

  it('stands down when two files claim last year (a copy): ambiguous', () => {
    const index = new ReportIndex();
    index.update('2023.zfxxgk', report('某某局', 2023));
    index.update('2023 (副本).zfxxgk', report('某某局', 2023));
    index.update('2024.zfxxgk', report('某某局', 2024));
    assert.strictEqual(index.previousOf('2024.zfxxgk'), undefined);
    index.remove('2023 (副本).zfxxgk');
    assert.strictEqual(index.previousOf('2024.zfxxgk')?.uri, '2023.zfxxgk');
  });

  it('reports which files are affected by each change, incrementally', () => {
    const index = new ReportIndex();
    index.update('2024', report('某某局', 2024));
    assert.deepStrictEqual(index.update('2023', report('某某局', 2023)), ['2023', '2024'], 'a new last year: next year is affected');
    assert.deepStrictEqual(index.update('2023', report('某某局', 2023)), [], 'same text: nothing');
    assert.deepStrictEqual(index.update('2023', report('某某局', 2023) + '更多。\n'), ['2024'], 'content edit: the dependant');
    assert.deepStrictEqual(index.update('2023', report('某某局', 2022)), ['2024', '2023'], 'year edited: old dependant and itself');
    assert.deepStrictEqual(index.remove('2024'), []);
    assert.strictEqual(index.size, 1);
  });

  it('rebuilds a model only when its text changed', () => {
    const index = new ReportIndex();
    index.update('2023', report('某某局', 2023));
    const first = index.model('2023');
    assert.strictEqual(index.model('2023'), first);
    index.update('2023', report('某某局', 2023) + '补充。\n');
    assert.notStrictEqual(index.model('2023'), first);
  });

  it('keeps the identity through edits after the header, and reads it again when the header may have changed (property)', () => {
    const line = fc.constantFrom('机关：某某县审计局', '机关：青石县人民政府', '年度：2023', '年度：2024', '格式：2021', '%% 注释', '', '# 一、总体情况', '正文。', '\r');
    const edit = fc.record({ uri: fc.constantFrom('a', 'b', 'c'), at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.constantFrom('', '\n', '#', '年度：2024\n', '机关：某某县审计局\n', '2', 'x', '：', ' ', '\u3000', '%%') });
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), fc.array(edit, { maxLength: 40 }), (lines, edits) => {
      const index = new ReportIndex();
      const texts = new Map<string, string>();
      for (const { uri, at, remove, insert } of edits) {
        const before = texts.get(uri) ?? lines.join('\n');
        const position = before.length === 0 ? 0 : at % (before.length + 1);
        const text = before.slice(0, position) + insert + before.slice(position + remove);
        // What an edit affects, from scratch: next year's reports of the old and the new identity, and the report itself when new or its identity changed.
        const old = index.get(uri)?.identity;
        const identity = scanIdentity(text);
        const next = (id: typeof identity | undefined) => {
          if (!id?.agencyKey || id.year === undefined) return [];
          const isNext = (t: string) => scanIdentity(t).agencyKey === id.agencyKey && scanIdentity(t).year === id.year! + 1;
          return [...texts].filter(([u, t]) => u !== uri && isNext(t)).map(([u]) => u);
        };
        const changed = !old || old.agencyKey !== identity.agencyKey || old.year !== identity.year;
        const expected = before === text && texts.has(uri) ? [] : [...new Set([...next(old), ...(changed ? [uri] : []), ...next(identity)])];
        assert.deepStrictEqual(index.update(uri, text).sort(), expected.sort());
        texts.set(uri, text);
        assert.deepStrictEqual(index.get(uri)!.identity, identity);
      }
    }), { numRuns: 500 });
  });

  it('says how much of the text the identity was read from', () => {
    assert.deepStrictEqual(scanHeader('机关：某某局\n年度：2023\n\n# 一、总体情况\n正文。\n'), { identity: { agency: '某某局', agencyKey: '某某局', year: 2023 }, headerEnd: 25 });
    assert.strictEqual(scanHeader('机关：某某局\n年度：2023\n\n前言').headerEnd, undefined, 'the last line may still become a header line');
    assert.strictEqual(scanHeader('机关：某某局\n年度：20').headerEnd, undefined, 'the header runs to the end');
  });
});
