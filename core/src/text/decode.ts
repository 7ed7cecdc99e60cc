/**
 * Bytes of a report file → text. The one decoding function of every reader (CLI, workspace index,
 * import): reports are saved as UTF-8 (with or without BOM), as GB18030 ("ANSI" in Chinese Windows
 * Notepad) or as UTF-16 with a BOM ("Unicode" in Notepad).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: 'binary' | 'unknownEncoding' };

/** Decode report bytes. Never throws; `ok: false` when the bytes are not text in a known encoding. */
export function decodeReportBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return lenient('utf-8', bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return lenient('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return lenient('utf-16be', bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return lenient(utf16, bytes);
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false, reason: 'unknownEncoding' };
}

/** Decode, falling back to lossy UTF-8 where the encoding cannot be decided (import of odd files). */
export function decodeReportBytesLossy(bytes: Uint8Array): string {
  const result = decodeReportBytes(bytes);
  return result.ok ? result.text : new TextDecoder('utf-8').decode(bytes);
}

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try { return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes); } catch { return undefined; }
}

function lenient(encoding: TextEncodingName, bytes: Uint8Array): DecodeResult {
  return { ok: true, text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding };
}

/** UTF-16 saved without a BOM: ASCII text has a NUL in every other byte. Sampled, so O(1). */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) { if (bytes[i] === 0) evenZero++; if (bytes[i + 1] === 0) oddZero++; }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** NUL bytes or many control characters in the first 4 KiB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}
