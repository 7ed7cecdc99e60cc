import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { ReportDiagnostic, Severity } from '../../core/src';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(uri: string, diagnostic: ReportDiagnostic): Diagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'zfxxgk',
    message: diagnostic.message,
    relatedInformation: diagnostic.related.length > 0
      ? diagnostic.related.map((r) => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message }))
      : undefined,
    tags: diagnostic.code === 'cell.blank' ? [DiagnosticTag.Unnecessary] : undefined,
    data: diagnostic.data,
  };
}
