/**
 * Characters that must not be copied into exported HTML or DOCX XML: C0 controls other than
 * tab/LF/CR (NUL included), DEL and C1 controls (HTML "control-character-in-input-stream"),
 * lone surrogates and U+FFFE/U+FFFF (not XML 1.0 `Char`, §2.2: Word refuses such a file).
 * Each becomes U+FFFD, so the reader sees that something unprintable stood there.
 */
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function markupSafe(text: string): string {
  return text.replace(INVALID, '\ufffd');
}
