import type { DiagnosticCounts } from '../../../protocol/src/types';

/** Messages between the extension and the preview webview. Type imports only: the webview script shares this file. */

export const PREVIEW_VIEW_TYPE = 'zfxxgk.preview';

/** What the preview shows next to each value cell: nothing, last year's value, or the change since. */
export type Comparison = 'off' | 'previous' | 'change';

export type ToWebview =
  /** New HTML of a newer version: patched into the DOM, never a reload. `previousYear`: last year's report is known. */
  | { type: 'update'; html: string; version: number; summary: DiagnosticCounts; previousYear?: number }
  /** The answer to an editCell: refused (with the reason, localised), or applied to the source. */
  | { type: 'editResult'; cell: string; ok: boolean; message?: string }
  /** The editor scrolled: bring this source line to the top of the preview. */
  | { type: 'scrollToLine'; line: number };

export type FromWebview =
  /** The user scrolled the preview: the source line now at its top. */
  | { type: 'revealLine'; line: number }
  /** The user clicked an element: show its source position. */
  | { type: 'openSource'; line: number; character: number; preserveFocus?: boolean }
  /** A value typed into a cell (`data-cell`: table/row/column) of the version shown. */
  | { type: 'editCell'; cell: string; value: string; version: number }
  /** The comparison toggle changed (remembered for every preview). */
  | { type: 'comparison'; mode: Comparison }
  /** What the preview shows now (sent after every update and scroll; read by tests and the serializer). */
  | { type: 'state'; version: number; scrollLine: number };

/** Persisted by the webview (getState/setState) so the panel survives a reload. */
export interface PersistedState { uri: string; line: number; comparison?: Comparison }
