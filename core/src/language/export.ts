import type { Analysis } from '../service';
import { renderDocx } from '../render/docx';
import { renderHtmlDocument, type HtmlOptions } from '../render/html';
import { layoutReport } from '../render/layout';
import type { ReportLayout } from '../render/types';

/**
 * The publishable files of a report, from its analysis or from a layout made earlier (the
 * server lays out on its request thread and packs on its worker). Standalone exports, so a
 * bundle that never exports (the server's start bundle) takes in neither docx nor its zip.
 */
export type ExportSource = Analysis | ReportLayout;

function layoutOf(source: ExportSource): ReportLayout {
  return 'blocks' in source ? source : layoutReport(source.model, source.diagnostics);
}

/** A standalone HTML file, for publishing and printing. */
export function exportHtml(source: ExportSource, options: HtmlOptions = {}): string {
  return renderHtmlDocument(layoutOf(source), options);
}

/** A Word (DOCX) file: the statutory tables as Word tables. */
export function exportDocx(source: ExportSource): Promise<Uint8Array> {
  return renderDocx(layoutOf(source));
}
