import * as assert from 'assert';
import fc from 'fast-check';
import type { IToken } from 'chevrotain';
import { scanTokens } from '../../../core/src/syntax/scan';
import { reportLexer } from '../../../core/src/syntax/tokens';
import { PALETTE, UNICODE_SPACES, realReports } from '../robustness/properties';

/** What a token is for the parser: its type, its text and where it starts. */
const shape = (tokens: IToken[]) => tokens.map((t) => [t.tokenType.name, t.tokenTypeIdx, t.image, t.startOffset]);
const sameAsLexer = (text: string) => assert.deepStrictEqual(shape(scanTokens(text)), shape(reportLexer.tokenize(text).tokens), JSON.stringify(text));

describe('line scanner (scanTokens) = Chevrotain lexer', () => {
  it('gives the same tokens on every real report and on the marker edge cases', () => {
    const reports = realReports();
    assert.ok(reports.length > 0);
    for (const { text } of reports) sameAsLexer(text);
    for (const text of ['', '\n', '\r\n\r', '#', '# ', '#一、总体', '##', '## 第二十条', '###', '＃　三、', '#第一', '#话题#', '  %% x', '％％注释|a', '%%',
      '%', 'a|b||c｜', '|', '\r\r\n\n', '\u3000# 一、x\r', '# 一、x|y', '\ufeff# 一、总体情况\n', 'a\u2028b|c', '\u200b## 第（九）项']) sameAsLexer(text);
  });

  it('gives the same tokens on random text of the language\'s characters (property)', () => {
    const piece = fc.oneof(fc.constantFrom(...PALETTE, ...UNICODE_SPACES, '#一、', '##第', '  ##  ', '%%注', '\u3000＃', '二、'), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => { sameAsLexer(pieces.join('')); }), { numRuns: 2000 });
  });

  it('gives a line its marker, its leading pipes and one Text to the line break, whatever its pipes and length', () => {
    const names = (text: string) => scanTokens(text).map((t) => t.tokenType.name);
    assert.deepStrictEqual(names('（一）予以公开 | 1 | 2 | 3 | 4 | 5 | 6 | 21\n'), ['Text', 'Newline']);
    assert.deepStrictEqual(names('| 规章 | 0 |\r\n'), ['Pipe', 'Text', 'Newline']);
    assert.deepStrictEqual(names('## 第二十条第（一）项|x\n# |y'), ['CaptionMarker', 'Text', 'Newline', 'SectionMarker', 'Pipe', 'Text']);
    assert.deepStrictEqual(names(`${'二〇二四年，本机关认真贯彻落实《条例》要求。'.repeat(200)}\n`), ['Text', 'Newline']);
  });

  it('scans in linear time: 8× the text is at most ~8× the tokens and one pass per line', () => {
    const line = '（一）予以公开 | 1 | 2 | 3 | 4 | 5 | 6 | 21\n二〇二四年，本机关认真贯彻落实《条例》要求。\n';
    const small = scanTokens(line.repeat(500)).length;
    const large = scanTokens(line.repeat(4000)).length;
    assert.strictEqual(large, small * 8);
  });
});
