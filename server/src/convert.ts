import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { RULES, type ReportDiagnostic, type Severity } from '../../core/src';

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
    tags: RULES[diagnostic.code].tags?.includes('unnecessary') ? [DiagnosticTag.Unnecessary] : undefined,
    data: diagnostic.data,
  };
}
