import * as assert from 'assert';
import { analyze, exportHtml } from '../../../core/src';
import { importReport, importText } from '../../../core/src/import';
import { renderDocx } from '../../../core/src/render/docx';
import { layoutReport } from '../../../core/src/render/layout';
import { numbersOf, proseOf, reportFixture } from '../../helpers/imported';

/**
 * The same numbers in every row the first import found. The renderer draws the whole statutory
 * table, so rows missing from a partial report come back, all blank.
 */
function sameNumbers(again: Record<string, string[]>, first: Record<string, string[]>): void {
  // A short row (a cut excerpt) comes back with its missing cells drawn blank.
  const pad = (cells: string[], n: number) => [...cells, ...Array<string>(Math.max(0, n - cells.length)).fill('')];
  for (const [key, cells] of Object.entries(first)) assert.deepStrictEqual(again[key], pad(cells, again[key]?.length ?? 0), key);
  for (const [key, cells] of Object.entries(again)) if (!(key in first)) assert.ok(cells.every((c) => c === ''), `${key}: ${cells}`);
}

const PLACEHOLDER_TITLE = '政府信息公开工作年度报告';
const SOURCES = ['2020-mengzhou-xiguozhen.txt', '2024-huaian-shi.txt', '2023-xuwen-sifaju.partial.txt', '2019-wendeng-zhujianju.partial.txt'];

describe('import: round trips', () => {
  for (const name of SOURCES) {
    describe(name, () => {
      const first = importText(reportFixture(name)).text;

      it('import → render HTML (core/src/render) → import gives the same numbers and prose', () => {
        const html = exportHtml(analyze(first));
        const again = importText(html);
        assert.strictEqual(again.summary.kind, 'html');
        sameNumbers(numbersOf(again.text), numbersOf(first));
        // Without a title the renderer prints a generic one; it comes back as a preamble line.
        assert.deepStrictEqual(proseOf(again.text).filter((l) => l !== PLACEHOLDER_TITLE), proseOf(first));
      });

      it('import → render DOCX → import gives the same numbers', async () => {
        const analysis = analyze(first);
        const bytes = await renderDocx(layoutReport(analysis.model, analysis.diagnostics));
        const again = await importReport(bytes);
        assert.strictEqual(again.summary.kind, 'docx');
        sameNumbers(numbersOf(again.text), numbersOf(first));
      });

      it('importing the language text itself (pipe text) is a fixed point for the numbers', () => {
        const again = importText(first).text;
        assert.deepStrictEqual(numbersOf(again), numbersOf(first));
        assert.deepStrictEqual(proseOf(again), proseOf(first));
      });
    });
  }
});
