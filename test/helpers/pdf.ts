/**
 * A minimal PDF writer for tests: text placed at given positions in one non-embedded CID font
 * (Identity-H) whose ToUnicode map carries the characters, so Chinese text needs no font file.
 * Enough to build made-up reports and damaged, encrypted, image-only and huge files by hand.
 */

/** A run of text; x from the left edge, y (baseline) from the top edge, in points. */
export interface PdfRun { x: number; y: number; size: number; text: string }

export interface PdfSpec {
  /** The runs of each page; a page without runs gets a drawn box and no text (a "scan"). */
  pages: PdfRun[][];
  /** Standard security handler with a user password nobody knows. */
  encrypted?: boolean;
  /**
   * identity (default): codes are glyph numbers, a ToUnicode map gives the characters. unigb: a
   * non-embedded Song font encoded UniGB-UCS2-H, no ToUnicode: the reader needs Adobe's CMaps.
   */
  font?: 'identity' | 'unigb';
}

const WIDTH = 595;
const HEIGHT = 842;
const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

export function makePdf(spec: PdfSpec): Buffer {
  const chars = [...new Set(spec.pages.flatMap((p) => p.flatMap((r) => [...r.text])))];
  const cid = new Map(chars.map((c, i) => [c, i + 1]));
  const objects: string[] = [];
  const add = (body: string) => { objects.push(body); return objects.length; };
  const stream = (content: string, dict = '') => `<< ${dict} /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

  const catalog = add('');
  const pagesRef = add('');
  const toUnicode = add(stream(toUnicodeMap(chars, cid)));
  const descriptor = add('<< /Type /FontDescriptor /FontName /QingshiSong /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
  const widths = chars.map((c) => `${cid.get(c)} [${c.charCodeAt(0) < 0x2000 ? 500 : 1000}]`).join(' ');
  const cidFont = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /QingshiSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [${widths}] >>`);
  const unigb = spec.font === 'unigb';
  const songFont = add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`);
  const font = unigb
    ? add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${songFont} 0 R] >>`)
    : add(`<< /Type /Font /Subtype /Type0 /BaseFont /QingshiSong /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  const code = (c: string) => hex4(unigb ? c.charCodeAt(0) : cid.get(c)!);

  const kids = spec.pages.map((runs) => {
    const content = runs.length === 0
      ? '0.5 g 50 50 495 742 re f'
      : runs.map((r) => `BT /F1 ${r.size} Tf 1 0 0 1 ${r.x} ${HEIGHT - r.y} Tm <${[...r.text].map(code).join('')}> Tj ET`).join('\n');
    const contents = add(stream(content));
    return add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`;
  objects[pagesRef - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = spec.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'6f'.repeat(32)}> /U <${'75'.repeat(32)}> /P -44 >>`)
    : undefined;

  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function toUnicodeMap(chars: string[], cid: Map<string, number>): string {
  const blocks: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const slice = chars.slice(i, i + 100);
    blocks.push(`${slice.length} beginbfchar\n${slice.map((c) => `<${hex4(cid.get(c)!)}> <${hex4(c.charCodeAt(0))}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def', '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange', ...blocks, 'endcmap', 'CMapName currentdict /CMapType get defineresource pop', 'end', 'end',
  ].join('\n');
}
