import type * as lsp from 'vscode-languageserver-types';
import { RULES, type RuleCode, type Severity } from '../i18n/catalog';
import type { ReportDiagnostic } from '../rules';

/** LSP DiagnosticSeverity and DiagnosticTag values (numbers typed as the LSP enums: nothing is bundled). */
const SEVERITY: Record<Severity, lsp.DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };
const UNNECESSARY: lsp.DiagnosticTag = 1;

/** Whether the editor shows the diagnostic faded (a blank that may stay blank). */
const faded = (code: RuleCode): boolean => RULES[code].tags?.includes('unnecessary') ?? false;

/** A diagnostic of the core as the LSP publishes it; related places without their own uri are in `uri`. */
export function toLspDiagnostic(uri: string, diagnostic: ReportDiagnostic): lsp.Diagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: 'zfxxgk',
    message: diagnostic.message,
    relatedInformation: diagnostic.related.length > 0
      ? diagnostic.related.map((r) => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message }))
      : undefined,
    tags: faded(diagnostic.code) ? [UNNECESSARY] : undefined,
    data: diagnostic.data,
  };
}
