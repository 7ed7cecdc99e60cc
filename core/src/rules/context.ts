import { tableName, type Locale, type TableId } from '../formats';
import { RULES, type RuleCode, type Severity } from '../i18n/catalog';
import { ruleMessage, type MessageParams } from '../i18n/locale';
import type { AnalysisMemo } from '../memo';
import type { ReportModel, Span } from '../model/types';
import type { Range } from '../text/positions';

/** An edit by UTF-16 offsets into the text (the facade turns it into an LSP TextEdit). */
export interface OffsetEdit { start: number; end: number; newText: string }
/** A quick fix computed by the core: minimal edits, never a whole-document replace. */
export interface Fix { title: string; edits: OffsetEdit[]; preferred?: boolean }

/** `uri` is set when the information is in another file (last year's report); absent: this document. */
export interface RelatedInformation { span: Span; range: Range; message: string; uri?: string }

/** Another report a cross-report rule refers to (last year's, found in the workspace index). */
export interface OtherReport { uri: string; model: ReportModel }

export interface ReportDiagnostic {
  code: RuleCode;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  related: RelatedInformation[];
  /** Payload for quick fixes and for other features (hover, inlay hints). */
  data: { fixes: Fix[]; [key: string]: unknown };
}

export type SeverityOverrides = Partial<Record<RuleCode, Severity | 'off'>>;

export interface ReportOptions {
  variant?: string;
  /** `source`: the span is in that other report (its own line index and uri are used). */
  related?: Array<{ span: Span; message: string; source?: OtherReport }>;
  fixes?: Fix[];
  extra?: Record<string, unknown>;
}

export class RuleContext {
  readonly diagnostics: ReportDiagnostic[] = [];

  constructor(
    readonly model: ReportModel, readonly locale: Locale, private readonly severities: SeverityOverrides = {},
    /** Last year's report of the same agency, when the workspace has exactly one. */
    readonly previous?: OtherReport,
    /** Results of the previous analysis of this document, keyed by their inputs (memo.ts); absent: compute everything. */
    readonly memo?: AnalysisMemo,
  ) {}

  tableName(table: TableId): string { return tableName(table, this.locale); }

  report(code: RuleCode, span: Span, params: MessageParams = {}, options: ReportOptions = {}): void {
    const rule = RULES[code];
    const severity = this.severities[code] ?? rule.severity;
    if (severity === 'off') return;
    const index = this.model.index;
    this.diagnostics.push({
      code, severity, span,
      message: ruleMessage(code, options.variant ?? 'default', params, this.locale),
      range: index.range(span.start, span.end),
      related: (options.related ?? []).map(({ source, ...r }) => source
        ? { ...r, uri: source.uri, range: source.model.index.range(r.span.start, r.span.end) }
        : { ...r, range: index.range(r.span.start, r.span.end) }),
      data: { fixes: options.fixes ?? [], ...options.extra },
    });
  }
}

export interface Rule {
  /** Name of the unit, for docs and profiling. */
  name: string;
  check(context: RuleContext): void;
}
