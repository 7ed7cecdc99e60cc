/** One run of text on a PDF page, in page space with y growing downwards (points, 1/72 inch). */
export interface PdfItem {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  /** Horizontal advance of the whole run. */
  width: number;
  /** Font size (height of an em). */
  size: number;
}

/** Items sharing a baseline, left to right. */
export interface PdfLine {
  y: number;
  /** Largest font size on the line. */
  size: number;
  items: PdfItem[];
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

/** Bounds on what one PDF may cost; a larger input is refused with a message naming the bound. */
export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  /** Text runs over the whole document (bounds memory on pages stuffed with tiny runs). */
  maxItems: number;
}

/** Annual reports run to 5–30 pages and well under 10 MB; the bounds leave a wide margin. */
export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 64 * 1024 * 1024, maxPages: 500, maxItems: 1_000_000 };
