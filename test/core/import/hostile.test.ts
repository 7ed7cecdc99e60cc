import * as assert from 'assert';
import { deflateRawSync } from 'zlib';
import { Document, Packer, Paragraph } from 'docx';
import { importReport, importText, ImportError } from '../../../core/src/import';
import { zipEntries } from '../../../core/src/import/zip';

/**
 * Issue 14 F3–F6: hostile inputs to import take linear time and bounded memory, or are refused
 * with a clear message. Complexity is asserted by growth: four times the input must cost well
 * under sixteen times the CPU time (the quadratic readers cost ~16×; the margin absorbs noise).
 */
function cpu(run: () => void): number {
  const best: number[] = [];
  for (let i = 0; i < 2; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best.push(used.user + used.system);
  }
  return Math.max(1, Math.min(...best));
}

function assertLinear(make: (n: number) => string, kind: Parameters<typeof importText>[1], n: number): void {
  importText(make(n / 4), kind); // warm up the JIT
  // Up to three measurements: one GC or scheduling pause in a run of a few milliseconds can double a
  // figure (a clean-clone CI run once read 12.1× for a reader that measures 4× alone), while a
  // quadratic reader costs ~16× every time.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 9; attempt++) {
    const small = cpu(() => importText(make(n), kind));
    const large = cpu(() => importText(make(n * 4), kind));
    ratio = large / small;
  }
  assert.ok(ratio < 9, `4× input cost ${ratio.toFixed(1)}× (linear ≈ 4, quadratic ≈ 16)`);
}

const HEAD = '某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开。\n';
const LAYOUT_HEAD = '            某县人民政府\n     2022 年政府信息公开工作年度报告\n   一、总体情况\n   本年度依法公开。\n   三、收到和处理政府信息公开申请情况\n';

describe('import: hostile input (issue 14)', function () {
  this.timeout(120000);

  it('F3: HTML with thousands of unclosed comments and tags reads in linear time, keeping the text', () => {
    assertLinear((n) => '<p>年度：2024</p>' + '<!--'.repeat(n), 'html', 10000);
    assertLinear((n) => '<p>一、总体情况</p>' + '<td><p a="'.repeat(n), 'html', 5000);
    const { text } = importText('<p>某县2024年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年度依法公开。</p>' + '<!--'.repeat(80000), 'html');
    assert.match(text, /^本年度依法公开。$/m);
  });

  it('HTML header rows (<th>) by the thousand, then body rows: linear, the headers of a body cell stay short', () => {
    const table = (n: number) => `<p>三、收到和处理政府信息公开申请情况</p><table>${'<tr><th>申请人情况</th><th>自然人</th></tr>'.repeat(n)}${'<tr><td>行政检查</td><td>7</td></tr>'.repeat(n)}</table>`;
    assertLinear((n) => HEAD.replace(/\n/g, '<br>') + table(n), 'html', 1500);
  });

  it('HTML header rows written as <td> by the thousand (column names, upper levels waiting for one), then body rows: linear', () => {
    const levels = '<tr><td>申请人情况</td><td>法人或其他组织</td></tr>';
    const names = '<tr><td>项目</td><td>自然人</td><td>总计</td></tr>';
    const table = (n: number) => `<p>三、收到和处理政府信息公开申请情况</p><table>${levels.repeat(n)}${names}${names.repeat(n)}${'<tr><td>行政检查</td><td>7</td><td>7</td></tr>'.repeat(n)}${levels.repeat(n)}</table>`;
    assertLinear((n) => HEAD.replace(/\n/g, '<br>') + table(n), 'html', 1000);
  });

  it('F4: a 100,000-character line inside a pdftotext table: linear, and the row is kept', () => {
    // Table 二's rows are aligned on their labels: the long one must not pad the others.
    const head = LAYOUT_HEAD.replace(/.*三、.*\n/, '   二、主动公开政府信息情况\n      第二十条第（一）项\n');
    const row = '   规章              1        0        11\n';
    assertLinear((n) => `${head}${row}   ${'甲'.repeat(n)}    5\n${row}`, 'pdf-text', 25000);
    assertLinear((n) => `${head}${row}   ${'甲 '.repeat(n)}    5\n${row}`, 'pdf-text', 6000);
    const { text } = importText(`${head}${row}   ${'甲'.repeat(100000)}    5\n${row}`, 'pdf-text');
    assert.ok(text.includes('甲'.repeat(100000)));
    // Alignment pads to the statutory labels, never to the garbage.
    assert.ok(text.length < 100000 * 1.5 + 5000, `output ${text.length} characters`);
  });

  it('F6: 125,000 lines of prose, table rows or paragraphs import (no call-stack overflow), in linear time', () => {
    const lines = 130000;
    assert.doesNotThrow(() => importText(HEAD + '本年度依法公开。\n'.repeat(lines)));
    assert.doesNotThrow(() => importText(LAYOUT_HEAD.replace(/.*三、.*\n/, '') + '      本年度依法公开。\n'.repeat(lines), 'pdf-text'));
    assert.doesNotThrow(() => importText('<p>某县2022年政府信息公开工作年度报告</p><p>一、总体情况</p>' + '<p>本年度依法公开。</p>'.repeat(lines), 'html'));
    assertLinear((n) => `${HEAD}三、收到和处理政府信息公开申请情况\n${'行政检查\t7\n'.repeat(n)}`, 'text', 2000);
    assertLinear((n) => `# 某县2022年报告\n## 三、收到和处理政府信息公开申请情况\n| a | b |\n|---|---|\n${'| 行政检查 | 7 |\n'.repeat(n)}`, 'markdown', 2000);
  });
});

/** A zip written by hand, so a part can declare a size it does not have. */
function zip(parts: Array<{ name: string; data: Buffer; declare?: number }>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const deflated = deflateRawSync(part.data);
    const size = part.declare ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += 30 + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const BOMB_XML = Buffer.from('<w:document><w:body>' + '<w:p/>'.repeat(3_500_000) + '</w:body></w:document>'); // 21 MB

async function refusal(run: Promise<unknown>): Promise<ImportError> {
  try { await run; } catch (error) { assert.ok(error instanceof ImportError, String(error)); return error; }
  assert.fail('expected a refusal');
}

describe('import: DOCX zip bombs (issue 14 F5)', function () {
  this.timeout(60000);

  it('reads the central directory of a zip it did not write', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('某县2024年政府信息公开工作年度报告')] }] })));
    assert.ok(zipEntries(bytes).some((e) => e.name === 'word/document.xml'));
  });

  it('a part compressed a thousand to one is refused before it is inflated, naming the limit and the option', async () => {
    const error = await refusal(importReport(zip([{ name: 'word/document.xml', data: BOMB_XML }]), { kind: 'docx' }));
    assert.match(error.localized['zh-cn'], /压缩比/);
    assert.match(error.localized['zh-cn'], /limits\.maxRatio/);
    assert.match(error.localized.en, /zip bomb/);
  });

  it('a part that lies about its size is stopped at the size it declared (never inflated further)', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const error = await refusal(importReport(zip([{ name: 'word/document.xml', data: BOMB_XML, declare: 1000 }]), { kind: 'docx' }));
    assert.match(error.localized['zh-cn'], /超过其声明的大小/);
    assert.ok(process.memoryUsage().arrayBuffers - before < 8 * 1024 * 1024);
  });

  it('the total limit is an option: a small one refuses an ordinary document, the default reads it', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('某县2024年政府信息公开工作年度报告'), new Paragraph('一、总体情况'), new Paragraph('本年度依法公开。')] }] })));
    const error = await refusal(importReport(bytes, { kind: 'docx', limits: { maxInflatedBytes: 2000 } }));
    assert.match(error.localized.en, /limits\.maxInflatedBytes/);
    const { text } = await importReport(bytes, { kind: 'docx' });
    assert.match(text, /^本年度依法公开。$/m);
  });

  it('bytes that are no zip get a clear message, not a stack trace', async () => {
    const error = await refusal(importReport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { kind: 'docx' }));
    assert.match(error.localized['zh-cn'], /不是有效的 DOCX/);
  });
});
