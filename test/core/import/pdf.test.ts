import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { detectKind, importReport, importText, PdfReadError, readPdfLayoutText, readPdfPages } from '../../../core/src/import';
import { generateCorpus } from '../../helpers/corpus';
import { ROOT } from '../../helpers/examples';
import { errorsOf, numbersOf, proseOf } from '../../helpers/imported';
import { makePdf } from '../../helpers/pdf';
import { printReport } from '../../helpers/pdfReport';

/** The real published PDF and the pdftotext -layout text of it, read in place. */
const REPORTS = path.join(ROOT, '..', 'shared', 'domain', 'reports');
const HUAIAN_PDF = path.join(REPORTS, '2024-huaian-shi.pdf');
const HUAIAN_TXT = path.join(REPORTS, '2024-huaian-shi.txt');

/** The reason and both languages of a refused PDF; fails on any other error. */
async function refusal(bytes: Uint8Array, limits?: Parameters<typeof readPdfPages>[1]): Promise<PdfReadError> {
  try {
    await readPdfPages(bytes, limits);
  } catch (error) {
    assert.ok(error instanceof PdfReadError, `not a PdfReadError: ${(error as Error).stack}`);
    assert.ok(/[\u4e00-\u9fff]/.test(error.text['zh-cn']) && /^[\x20-\x7e]+$/.test(error.text.en), JSON.stringify(error.text));
    return error;
  }
  assert.fail('the PDF was read');
}

describe('import: PDF read natively (pdf.js, no pdftotext)', function () {
  this.timeout(120000);
  let savedPath: string | undefined;
  // No system tool can be used: nothing is on PATH while these tests run.
  before(() => { savedPath = process.env.PATH; process.env.PATH = ''; });
  after(() => { process.env.PATH = savedPath; });

  describe('淮安市 2024, the real published PDF', () => {
    let fromPdf: Awaited<ReturnType<typeof importReport>>;
    let fromText: ReturnType<typeof importText>;
    before(async () => {
      fromPdf = await importReport(new Uint8Array(fs.readFileSync(HUAIAN_PDF)));
      fromText = importText(fs.readFileSync(HUAIAN_TXT, 'utf8'));
    });

    it('gives the 34 rows of its text, row by row and cell by cell', () => {
      const pdf = numbersOf(fromPdf.text);
      const text = numbersOf(fromText.text);
      assert.strictEqual(fromText.summary.rows.found, 34);
      assert.strictEqual(fromPdf.summary.rows.found, 34);
      assert.deepStrictEqual(Object.keys(pdf), Object.keys(text));
      for (const [row, cells] of Object.entries(text)) {
        assert.strictEqual(pdf[row].length, cells.length, row);
        cells.forEach((cell, i) => assert.strictEqual(pdf[row][i], cell, `${row} column ${i + 1}`));
      }
      assert.deepStrictEqual(pdf['table3/unable.notHeld'], ['746', '12', '0', '0', '10', '1', '769']);
      assert.deepStrictEqual(pdf['table4/review'], ['72', '64', '178', '37', '351']);
    });

    it('finds the header and the six sections, with nothing guessed or left over', () => {
      const { summary } = fromPdf;
      assert.strictEqual(summary.kind, 'pdf');
      assert.deepStrictEqual([summary.title, summary.agency, summary.year, summary.format],
        ['淮安市人民政府2024年政府信息公开工作年度报告', '淮安市人民政府', 2024, '2021']);
      assert.deepStrictEqual(summary.sections, { found: [1, 2, 3, 4, 5, 6], missing: [] });
      assert.deepStrictEqual([summary.guesses, summary.unmapped, summary.removed], [[], [], { pageNumbers: 6, runningHeaders: 0 }]);
      assert.deepStrictEqual(errorsOf(fromPdf.text), []);
    });

    it('gives the same prose as its text, paragraph by paragraph', () => {
      assert.deepStrictEqual(proseOf(fromPdf.text), proseOf(fromText.text));
    });

    it('is detected as a PDF from its bytes', () => {
      assert.strictEqual(detectKind(new Uint8Array(fs.readFileSync(HUAIAN_PDF))), 'pdf');
    });
  });

  it('made-up reports printed to PDF (wrapped labels, page breaks, page numbers) import with every number in its cell', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-pdf-'));
    try {
      const { files } = generateCorpus(dir, { agencies: 2, years: [2022, 2023], seed: 11, rate: 0 });
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const pages = printReport(text);
        assert.ok(pages.length >= 3, 'the tables cross page breaks');
        const result = await importReport(makePdf({ pages }));
        assert.deepStrictEqual(numbersOf(result.text), numbersOf(text), file);
        assert.strictEqual(result.summary.rows.found, 34, file);
        assert.deepStrictEqual(result.summary.sections.missing, [], file);
        assert.strictEqual(result.summary.agency, /^机关：(.*)$/m.exec(text)![1]);
        assert.strictEqual(result.summary.removed.pageNumbers, pages.length);
        assert.deepStrictEqual(errorsOf(result.text), [], file);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a Chinese font that is not embedded (UniGB-UCS2-H, no ToUnicode) is read through the shipped CMaps', async () => {
    const runs = [{ x: 80, y: 100, size: 16, text: '青石县人民政府2023年政府信息公开工作年度报告' }, { x: 80, y: 130, size: 12, text: '行政许可' }, { x: 300, y: 130, size: 12, text: '1234' }];
    const lines = (await readPdfLayoutText(makePdf({ pages: [runs], font: 'unigb' }))).split('\n');
    assert.strictEqual(lines[0], '青石县人民政府2023年政府信息公开工作年度报告');
    assert.match(lines[1], /^行政许可 {2,}1234$/);
  });

  describe('files that cannot be read get a clear message in both languages', () => {
    const page = [{ x: 80, y: 100, size: 16, text: '青石县人民政府2023年政府信息公开工作年度报告' }];

    it('not a PDF', async () => {
      assert.strictEqual((await refusal(new TextEncoder().encode('一、总体情况'))).problem, 'notPdf');
    });

    it('truncated or damaged', async () => {
      const huaian = new Uint8Array(fs.readFileSync(HUAIAN_PDF));
      for (const cut of [0.1, 0.5, 0.9]) assert.strictEqual((await refusal(huaian.subarray(0, Math.floor(huaian.length * cut)))).problem, 'corrupt');
      const bytes = makePdf({ pages: [page] });
      assert.strictEqual((await refusal(bytes.subarray(0, bytes.length / 2))).problem, 'corrupt');
    });

    it('any bytes after a PDF header: read or refused with a PdfReadError, never another error', async () => {
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (tail) => {
        const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...tail]);
        try { assert.strictEqual(typeof await readPdfLayoutText(bytes), 'string'); } catch (error) { assert.ok(error instanceof PdfReadError, String(error)); }
      }), { numRuns: 40 });
    });

    it('protected by a password', async () => {
      const error = await refusal(makePdf({ pages: [page], encrypted: true }));
      assert.strictEqual(error.problem, 'encrypted');
      assert.match(error.text['zh-cn'], /密码/);
    });

    it('a scan: pages without a text layer', async () => {
      const error = await refusal(makePdf({ pages: [[], []] }));
      assert.strictEqual(error.problem, 'noText');
      assert.match(error.text['zh-cn'], /文字层/);
      assert.match(error.text.en, /OCR/);
    });

    it('over the page, byte and text-run limits: the message names the limit', async () => {
      const many = await refusal(makePdf({ pages: Array.from({ length: 501 }, () => page) }));
      assert.strictEqual(many.problem, 'tooManyPages');
      assert.match(many.text['zh-cn'], /501 页，超过导入上限 500 页/);
      assert.match(many.text.en, /501 pages, over the import limit of 500 pages/);
      assert.match((await refusal(makePdf({ pages: [page, page, page] }), { maxPages: 2 })).text.en, /limit of 2 pages/);
      const huaian = new Uint8Array(fs.readFileSync(HUAIAN_PDF));
      const big = await refusal(huaian, { maxBytes: 100 * 1024 });
      assert.strictEqual(big.problem, 'tooLarge');
      assert.match(big.text['zh-cn'], /超过导入上限 100 KB/);
      assert.strictEqual((await refusal(huaian, { maxItems: 50 })).problem, 'tooManyItems');
    });

    it('importReport passes the refusal on (and the limits given to it)', async () => {
      await assert.rejects(importReport(makePdf({ pages: [page, page] }), { pdfLimits: { maxPages: 1 } }), (e) => e instanceof PdfReadError && e.problem === 'tooManyPages');
      await assert.rejects(importReport(makePdf({ pages: [[]] })), (e) => e instanceof PdfReadError && /文字层/.test(e.message) && /text layer/.test(e.message));
    });
  });
});
