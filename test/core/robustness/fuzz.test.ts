import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../core/src';
import {
  applyEdit, bytesAsText, checkAnalysis, deepNonsense, DIGIT_FORMS, editArbitrary, nestedMarkup, paletteString, realReports, scaledReport, UNICODE_SPACES,
  withDigits, withSpaces,
} from './properties';

/**
 * Whatever the input, the analysis never throws, never hangs, and every diagnostic, related
 * location and quick-fix edit lies inside the document with line/character matching its offsets.
 * A few thousand cases in a few seconds; scripts/fuzz.mjs runs the same properties for longer.
 */
const reports = realReports();
const codes = (text: string) => analyze(text).diagnostics.map((d) => d.code);

describe('robustness: any input is analysed safely', function () {
  this.timeout(60000);

  it('has real reports to mutate (examples and published reports)', () => {
    assert.ok(reports.length >= 10, `found ${reports.length}`);
  });

  it('random edits of real reports', () => {
    fc.assert(fc.property(fc.constantFrom(...reports), fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), fc.constantFrom('zh-cn' as const, 'en' as const),
      (report, edits, locale) => { checkAnalysis(edits.reduce(applyEdit, report.text), locale); }), { numRuns: 1500 });
  });

  it('strings built from the language\'s own characters', () => {
    fc.assert(fc.property(paletteString(300), (text) => { checkAnalysis(text); }), { numRuns: 1500 });
  });

  it('random bytes decoded as UTF-8 with replacement (invalid UTF-8 included)', () => {
    fc.assert(fc.property(bytesAsText, (text) => { checkAnalysis(text); }), { numRuns: 500 });
  });

  it('random UTF-16, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (text) => { checkAnalysis(text); }), { numRuns: 500 });
  });

  it('deep nesting of nonsense', () => {
    fc.assert(fc.property(deepNonsense, (text) => { checkAnalysis(text); }), { numRuns: 100 });
  });

  it('any size: a line of a real report (prose, row, heading) repeated up to 400 times', () => {
    fc.assert(fc.property(scaledReport(reports), (text) => { checkAnalysis(text); }), { numRuns: 60 });
  });

  it('markup nested up to 2,000 deep, anywhere in a real report', () => {
    fc.assert(fc.property(fc.constantFrom(...reports), nestedMarkup(2000), fc.double({ min: 0, max: 1, noNaN: true }), (report, markup, at) => {
      checkAnalysis(applyEdit(report.text, { at, deleteLength: 0, insert: `\n${markup}\n`, duplicate: false }));
    }), { numRuns: 60 });
  });

  it('huge lines: a 1 MB line of prose, of pipes, of digits, and a report with one inserted', () => {
    const huge = ['政'.repeat(1_000_000), '|'.repeat(1_000_000), '1 | '.repeat(250_000), '# ' + '一'.repeat(500_000), '%%'.repeat(500_000)];
    for (const line of huge) {
      checkAnalysis(line);
      checkAnalysis(reports[0].text.replace('\n# 三', `\n${line}\n# 三`));
    }
  });
});

describe('robustness: encodings and line endings do not change the verdict', function () {
  this.timeout(60000);
  const clean = reports.filter((r) => r.name.endsWith('.zfxxgk'));

  for (const report of clean) {
    const expected = codes(report.text);

    it(`${report.name}: CRLF, lone CR and a BOM give the same diagnostics`, () => {
      for (const variant of [report.text.replace(/\n/g, '\r\n'), report.text.replace(/\n/g, '\r'), '\ufeff' + report.text, '\ufeff' + report.text.replace(/\n/g, '\r\n')]) {
        checkAnalysis(variant);
        assert.deepStrictEqual(codes(variant), expected);
      }
    });

    it(`${report.name}: every Unicode space in place of the ASCII space is analysed safely, and the common ones change nothing`, () => {
      for (const space of UNICODE_SPACES) checkAnalysis(withSpaces(report.text, space));
      // What Chinese input methods and web pages produce: ideographic, no-break, tab.
      for (const space of ['\u3000', '\u00a0', '\t', '\u2002', '\u202f']) assert.deepStrictEqual(codes(withSpaces(report.text, space)), expected, JSON.stringify(space));
    });

    it(`${report.name}: every digit form is analysed safely, and full-width digits read as digits`, () => {
      for (const digits of DIGIT_FORMS) checkAnalysis(withDigits(report.text, digits));
      assert.deepStrictEqual(codes(withDigits(report.text, DIGIT_FORMS[1])), expected);
    });
  }
});
