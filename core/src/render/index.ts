import type { Analysis } from '../service';
import type { ReportDiagnostic } from '../rules';
import { renderHtml, renderHtmlDocument, type HtmlOptions } from './html';
import { layoutReport } from './layout';
import type { ReportLayout } from './types';

export * from './types';
export { escapeHtml, renderHtml, renderHtmlDocument, type HtmlOptions } from './html';
export { layoutReport } from './layout';
export { BASE_CSS, PREVIEW_CSS, PRINT_CSS } from './styles';

/** The preview fragment of an analysed report: diagnostics marked on their cells. */
export function renderPreview(analysis: Analysis): { html: string; layout: ReportLayout } {
  const layout = layoutReport(analysis.model, analysis.diagnostics);
  return { html: renderHtml(layout, { marks: true }), layout };
}

/** A standalone HTML file of an analysed report, for publishing and printing. */
export function exportHtml(analysis: Analysis, options: HtmlOptions = {}): string {
  return renderHtmlDocument(layoutReport(analysis.model, analysis.diagnostics), options);
}

/** Export refuses nothing: these are the errors to warn about alongside the exported file. */
export function exportWarnings(analysis: Analysis): ReportDiagnostic[] {
  return analysis.diagnostics.filter((d) => d.severity === 'error');
}
