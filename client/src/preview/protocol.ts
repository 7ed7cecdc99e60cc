/** Messages between the extension and the preview webview. No imports: the webview script shares this file. */

export const PREVIEW_VIEW_TYPE = 'zfxxgk.preview';

export interface SummaryCounts { errors: number; warnings: number; information: number; hints: number }

export type ToWebview =
  /** New HTML of a newer version: patched into the DOM, never a reload. */
  | { type: 'update'; html: string; version: number; summary: SummaryCounts }
  /** The editor scrolled: bring this source line to the top of the preview. */
  | { type: 'scrollToLine'; line: number };

export type FromWebview =
  /** The user scrolled the preview: the source line now at its top. */
  | { type: 'revealLine'; line: number }
  /** The user clicked an element: show its source position. */
  | { type: 'openSource'; line: number; character: number }
  /** What the preview shows now (sent after every update and scroll; read by tests and the serializer). */
  | { type: 'state'; version: number; scrollLine: number };

/** Persisted by the webview (getState/setState) so the panel survives a reload. */
export interface PersistedState { uri: string; line: number }
