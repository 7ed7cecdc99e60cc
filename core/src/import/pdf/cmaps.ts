import NAMES from './cmaps.json';

/**
 * Adobe's predefined CMaps for simplified Chinese: a PDF whose CJK font is not embedded names one
 * (`UniGB-UCS2-H`, `GBK-EUC-H` …) instead of carrying a ToUnicode map, and pdf.js needs it, with
 * `Adobe-GB1-UCS2`, to know the characters. Shipped inside dist/pdfjs.js (about 300 KB; the
 * Japanese, Korean and traditional Chinese ones are left out).
 */
export const CHINESE_CMAPS: readonly string[] = NAMES;

export type CMapSource = (name: string) => Uint8Array | undefined;

/** pdf.js's CMapReaderFactory over an in-memory source: no file or network access. */
export function cMapReaderFactory(source: CMapSource) {
  return class ShippedCMaps {
    constructor(_options: unknown) { /* the base URL pdf.js passes is not used */ }
    async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
      const data = CHINESE_CMAPS.includes(name) ? source(name) : undefined;
      if (!data) throw new Error(`CMap ${name} is not available`);
      return { cMapData: data, isCompressed: true };
    }
  };
}
