import * as assert from 'assert';
import { decodeReportBytes } from '../../core/src/text/decode';

const sample = '标题：某县教育局2024年政府信息公开工作年度报告\n年度：2024\n# 一、总体情况\n正文。\n';

function encodeUtf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe('decodeReportBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = new TextEncoder().encode(sample);
    assert.deepStrictEqual(decodeReportBytes(plain), { ok: true, text: sample, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    assert.deepStrictEqual(decodeReportBytes(bom), { ok: true, text: sample, encoding: 'utf-8' });
  });
  it('reads UTF-16 LE/BE with a BOM and LE without one', () => {
    const le = encodeUtf16('\ufeff' + sample, false);
    const be = encodeUtf16('\ufeff' + sample, true);
    assert.deepStrictEqual(decodeReportBytes(le), { ok: true, text: sample, encoding: 'utf-16le' });
    assert.deepStrictEqual(decodeReportBytes(be), { ok: true, text: sample, encoding: 'utf-16be' });
    const ascii = 'year: 2024\nagency: test\n'.repeat(4);
    assert.deepStrictEqual(decodeReportBytes(encodeUtf16(ascii, false)), { ok: true, text: ascii, encoding: 'utf-16le' });
  });
  it('reads GB18030 (Windows "ANSI" in Chinese)', () => {
    // 年度：2024 in GB18030
    const bytes = new Uint8Array([0xc4, 0xea, 0xb6, 0xc8, 0xa3, 0xba, 0x32, 0x30, 0x32, 0x34, 0x0a]);
    assert.deepStrictEqual(decodeReportBytes(bytes), { ok: true, text: '年度：2024\n', encoding: 'gb18030' });
  });
  it('refuses binary data', () => {
    assert.deepStrictEqual(decodeReportBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])), { ok: false, reason: 'binary' });
  });
});
