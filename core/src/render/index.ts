import type { Analysis } from '../service';
import type { ReportDiagnostic } from '../rules';
import { renderHtml, renderHtmlDocument, type HtmlOptions } from './html';
import { layoutReport } from './layout';
import type { ReportLayout } from './types';
import type { ReportModel } from '../model/types';

export * from './types';
export { changeOf, escapeHtml, renderHtml, renderHtmlDocument, type HtmlOptions } from './html';
export { layoutReport, type LayoutOptions } from './layout';
export { BASE_CSS, PREVIEW_CSS } from './styles';
export { PRINT_CSS } from './printStyles';

/**
 * The preview fragment of an analysed report: diagnostics marked on their cells, value cells
 * editable, and last year's values alongside when its report is known.
 */
export function renderPreview(analysis: Analysis, previous?: ReportModel): { html: string; layout: ReportLayout } {
  const layout = layoutReport(analysis.model, analysis.diagnostics, { previous });
  return { html: renderHtml(layout, { marks: true, editable: true }), layout };
}

/** A standalone HTML file of an analysed report, for publishing and printing. */
export function exportHtml(analysis: Analysis, options: HtmlOptions = {}): string {
  return renderHtmlDocument(layoutReport(analysis.model, analysis.diagnostics), options);
}

/** Export refuses nothing: these are the errors to warn about alongside the exported file. */
export function exportWarnings(analysis: Analysis): ReportDiagnostic[] {
  return analysis.diagnostics.filter((d) => d.severity === 'error');
}
