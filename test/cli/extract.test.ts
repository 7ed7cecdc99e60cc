import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { buildModel, FORMATS } from '../../core/src';
import { cellColumns } from '../../cli/src/extract/columns';
import { toCsv } from '../../cli/src/extract/csv';
import { generateCorpus } from '../helpers/corpus';
import { example, SEED } from '../helpers/examples';
import { zfxxgk } from '../helpers/cli';

/** RFC 4180 reader written for the test (quoted fields, doubled quotes, CRLF and line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/**
 * Header → the cell as written in the report, read through the model. Headers are those of a
 * table over both formats (a cell both formats have is one column, labelled as in 2021).
 */
function cellsByHeader(text: string): Map<string, string> {
  const model = buildModel(text);
  const out = new Map<string, string>();
  for (const column of cellColumns(['2019', '2021']).filter((c) => c.versions.includes(model.format.version))) {
    const row = model.tables[column.table].rows.get(column.row);
    if (row?.resolution.status !== 'ok') continue;
    const index = row.resolution.subTable.columns.findIndex((c) => c.id === column.column);
    out.set(column.header, row.cells[index]?.raw ?? '');
  }
  return out;
}

describe('zfxxgk extract (issue 11 item 8)', function () {
  this.timeout(120000);
  let dir: string;
  let files: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-extract-'));
    files = generateCorpus(path.join(dir, 'corpus'), { agencies: 3, years: [2023, 2024], seed: 21, rate: 0 }).files;
    // A 2019-format report (the seed example) and a hostile agency name: comma, quote, a formula.
    fs.writeFileSync(path.join(dir, 'corpus', 'seed.zfxxgk'), example(SEED));
    fs.writeFileSync(path.join(dir, 'corpus', 'odd.zfxxgk'), fs.readFileSync(files[0], 'utf8').replace(/^机关：.*$/m, '机关：=HYPERLINK("x"),某某县审计局'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('columns come from the format data: each format\'s cells once, shared cells shared, labels in Chinese', () => {
    const count = (v: '2019' | '2021') => Object.values(FORMATS[v].tables).flatMap((t) => t.subTables.flatMap((s) => s.rows.filter((r) => r.kind !== 'group').map(() => s.columns.length))).reduce((a, b) => a + b, 0);
    assert.strictEqual(cellColumns(['2021']).length, count('2021'));
    assert.strictEqual(cellColumns(['2019']).length, count('2019'));
    const both = cellColumns(['2019', '2021']);
    const shared = both.filter((c) => c.versions.length === 2).length;
    assert.strictEqual(both.length, count('2019') + count('2021') - shared);
    assert.ok(shared >= 100, String(shared)); // tables 三 and 四 are mostly the same in both formats
    assert.strictEqual(new Set(both.map((c) => c.header)).size, both.length, 'headers are unique');
    assert.ok(both.some((c) => c.header === '三·三、本年度办理结果·（三）不予公开·1.属于国家秘密·法人或其他组织·商业企业'), both.map((c) => c.header).slice(40, 50).join('\n'));
    assert.ok(both.some((c) => c.header === '四·行政诉讼·未经复议直接起诉·结果维持'));
  });

  it('CSV: UTF-8 with BOM, CRLF, RFC 4180; one row per report with every cell as written', () => {
    const out = path.join(dir, 'out.csv');
    const { code, stderr } = zfxxgk(['extract', '-o', out, path.join(dir, 'corpus')]);
    assert.strictEqual(code, 0, stderr);
    assert.match(stderr, /已写入 8 份报告的数据：/);
    const bytes = fs.readFileSync(out);
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text));
    const [header, ...rows] = parseCsv(text);
    assert.deepStrictEqual(header.slice(0, 4), ['路径', '机关', '年度', '格式']);
    assert.strictEqual(rows.length, 8);
    assert.ok(rows.every((r) => r.length === header.length));
    for (const row of rows) {
      const report = fs.readFileSync(row[0], 'utf8');
      const expected = cellsByHeader(report);
      assert.ok(expected.size > 100);
      for (const [label, raw] of expected) assert.strictEqual(row[header.indexOf(label)], raw, `${row[0]} ${label}`);
      assert.strictEqual(row[2], /年度：(\d+)/.exec(report)![1]);
    }
    const odd = rows.find((r) => r[0].endsWith('odd.zfxxgk'))!;
    assert.strictEqual(odd[1], `'=HYPERLINK("x"),某某县审计局`); // read back intact, defused as a formula
    const seed = rows.find((r) => r[0].endsWith('seed.zfxxgk'))!;
    assert.strictEqual(seed[3], '2019');
    assert.strictEqual(seed[header.indexOf('二·第二十条第（一）项·规章·本年制发件数')], ''); // a 2021-only cell
  });

  it('XLSX (exceljs): the same table, numbers as numbers', async () => {
    const out = path.join(dir, 'out.xlsx');
    const { code, stderr } = zfxxgk(['extract', '-o', out, ...files]);
    assert.strictEqual(code, 0, stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    assert.strictEqual(header.length, 4 + cellColumns(['2021']).length);
    assert.strictEqual(sheet.rowCount, 1 + files.length);
    files.forEach((file, i) => {
      const values = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      assert.strictEqual(values[0], file);
      const expected = cellsByHeader(fs.readFileSync(file, 'utf8'));
      for (const [label, raw] of expected) {
        const got = values[header.indexOf(label)];
        assert.strictEqual(got, Number(raw), `${file} ${label}`);
      }
    });
  });

  it('refuses to write over an input; a missing input is reported and the rest extracted', () => {
    const before = fs.readFileSync(files[0], 'utf8');
    const refused = zfxxgk(['extract', '-o', files[0], files[0], files[1]]);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /拒绝写入：输出文件就是输入文件/);
    assert.strictEqual(fs.readFileSync(files[0], 'utf8'), before);
    const out = path.join(dir, 'partial.csv');
    const partial = zfxxgk(['extract', '-o', out, files[0], path.join(dir, 'missing.zfxxgk')]);
    assert.strictEqual(partial.code, 2);
    assert.match(partial.stderr, /无法读取：.*missing\.zfxxgk（文件或目录不存在）/);
    assert.strictEqual(parseCsv(fs.readFileSync(out, 'utf8').slice(1)).length, 2);
    assert.match(zfxxgk(['extract', files[0]]).stderr, /extract 需要用 -o 指定输出文件/);
  });

  it('property: any field survives CSV quoting (read back equal, formulas defused)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (fields: string[]) => {
      const csv = toCsv({ header: fields, rows: [fields.map((raw) => ({ raw }))] });
      const [header, row] = parseCsv(csv.slice(1));
      assert.deepStrictEqual(header, fields);
      assert.deepStrictEqual(row, fields.map((f) => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f)));
    }));
  });
});
