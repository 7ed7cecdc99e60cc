/**
 * Stylesheets of the rendered report. BASE_CSS is the official layout (shared); PREVIEW_CSS
 * follows the VS Code theme (light, dark, high contrast) through its CSS variables. The published
 * look is PRINT_CSS (printStyles.ts).
 */

export const BASE_CSS = `
.zfxxgk-report { max-width: 46em; margin: 0 auto; }
.zfxxgk-report h1.title { text-align: center; font-weight: normal; margin: 0.8em 0 1.2em; line-height: 1.4; }
.zfxxgk-report h2.heading { font-weight: normal; margin: 1em 0 0.5em; text-indent: 2em; }
.zfxxgk-report h3.subheading { font-weight: normal; margin: 0.6em 0 0.3em; text-indent: 2em; }
.zfxxgk-report p.paragraph { text-indent: 2em; margin: 0; text-align: justify; white-space: pre-wrap; }
.zfxxgk-report .table-wrap { margin: 0.6em 0 1em; overflow-x: auto; }
/* Auto layout: the column widths are preferences, and no column gets narrower than its widest
   number (a number is never broken: 3001 read as 300 / 1 is another number). A pane too narrow
   for table 三 scrolls the table sideways instead. */
.zfxxgk-report table.statutory { width: 100%; border-collapse: collapse; table-layout: auto; }
.zfxxgk-report table.statutory caption { caption-side: top; text-align: left; padding: 0.2em 0; }
.zfxxgk-report table.statutory th, .zfxxgk-report table.statutory td {
  border: 1px solid currentColor; padding: 0.25em 0.35em; vertical-align: middle; text-align: center;
  font-weight: normal; word-break: break-all; overflow-wrap: anywhere; line-height: 1.35;
}
.zfxxgk-report table.statutory td.value { white-space: nowrap; word-break: keep-all; overflow-wrap: normal; font-variant-numeric: tabular-nums; }
.zfxxgk-report table.statutory td.label { text-align: left; min-width: 6em; }
.zfxxgk-report table.statutory td.group:not(.vertical) { min-width: 2.5em; }
.zfxxgk-report table.statutory th.note { text-align: left; }
.zfxxgk-report table.statutory tr.caption td { text-align: left; font-weight: bold; }
.zfxxgk-report table.statutory td.vertical { padding: 0.3em 0.1em; }
.zfxxgk-report .vertical-text { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 0.15em; display: inline-block; }
.zfxxgk-report table.table4 td.value { padding-left: 0.1em; padding-right: 0.1em; }
`;

export const PREVIEW_CSS = `
body { background: var(--vscode-editor-background); color: var(--vscode-editor-foreground);
  font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif, var(--vscode-font-family);
  font-size: var(--zfxxgk-font-size, 15px); line-height: 1.75; padding: 0 1.5em 4em; }
.zfxxgk-report table.statutory { font-size: 0.85em; }
.zfxxgk-report table.statutory th, .zfxxgk-report table.statutory td { border-color: var(--vscode-editorWidget-border, var(--vscode-panel-border, currentColor)); }
.zfxxgk-report table.statutory th { background: var(--vscode-editorWidget-background, transparent); }
.zfxxgk-report [data-line] { cursor: pointer; }
.zfxxgk-report td.value:empty::after { content: "\\00a0"; }
.zfxxgk-report tr.missing td { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); border-style: dashed; }
.zfxxgk-report .missing.heading::after { content: "（未填写）"; color: var(--vscode-descriptionForeground); font-size: 0.8em; }
.zfxxgk-report .mark { outline-offset: -2px; }
.zfxxgk-report .mark-error { background: var(--vscode-inputValidation-errorBackground, rgba(255, 0, 0, 0.15)); outline: 2px solid var(--vscode-editorError-foreground, #e51400); }
.zfxxgk-report .mark-warning { background: var(--vscode-inputValidation-warningBackground, rgba(255, 200, 0, 0.15)); outline: 2px solid var(--vscode-editorWarning-foreground, #bf8803); }
.zfxxgk-report .mark-information { outline: 1px dotted var(--vscode-editorInfo-foreground, #1a85ff); }
.zfxxgk-report .mark-hint { outline: 1px dotted var(--vscode-editorHint-foreground, currentColor); }
.zfxxgk-report .selected-line { box-shadow: inset 3px 0 0 var(--vscode-textLink-foreground); }
body.vscode-high-contrast .zfxxgk-report table.statutory th, body.vscode-high-contrast .zfxxgk-report table.statutory td,
body.vscode-high-contrast-light .zfxxgk-report table.statutory th, body.vscode-high-contrast-light .zfxxgk-report table.statutory td {
  border-color: var(--vscode-contrastBorder, currentColor); }
body.vscode-high-contrast .zfxxgk-report .mark, body.vscode-high-contrast-light .zfxxgk-report .mark { background: transparent; outline-width: 3px; }
.zfxxgk-status { position: fixed; top: 0; right: 0; padding: 0.2em 0.6em; font-family: var(--vscode-font-family); font-size: 12px;
  color: var(--vscode-descriptionForeground); background: var(--vscode-editor-background); opacity: 0.9; z-index: 2;
  display: flex; gap: 0.8em; align-items: center; }
.zfxxgk-status[hidden] { display: none; }
.zfxxgk-status .zfxxgk-note { color: var(--vscode-editorWarning-foreground, inherit); }
.zfxxgk-compare { font: inherit; color: var(--vscode-button-secondaryForeground, inherit); background: var(--vscode-button-secondaryBackground, transparent);
  border: 1px solid var(--vscode-button-border, var(--vscode-contrastBorder, transparent)); border-radius: 2px; padding: 0.1em 0.5em; cursor: pointer; }
.zfxxgk-compare[hidden] { display: none; }
.zfxxgk-compare:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
/* Value cells: focusable, edited in place (a number typed here is written to the source). */
.zfxxgk-report td[data-cell] { cursor: text; }
.zfxxgk-report td[data-cell]:focus { outline: 2px solid var(--vscode-focusBorder, #007fd4); outline-offset: -2px; }
.zfxxgk-report td[data-cell]:hover { background: var(--vscode-list-hoverBackground, rgba(128, 128, 128, 0.1)); }
.zfxxgk-report td[data-editing] { padding: 0; }
.zfxxgk-report .cell-input { box-sizing: border-box; width: 100%; min-width: 5ch; font: inherit; text-align: center; padding: 0.25em 0.2em;
  color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: none;
  outline: 2px solid var(--vscode-focusBorder, #007fd4); outline-offset: -2px; }
.zfxxgk-report td.pending { color: var(--vscode-descriptionForeground); font-style: italic; }
/* Last year's value or the change, under the number (toggle in the status line). */
.zfxxgk-report td .previous, .zfxxgk-report td .change { display: none; font-size: 0.75em; line-height: 1.2; color: var(--vscode-descriptionForeground); }
.zfxxgk-report.compare-previous td .previous, .zfxxgk-report.compare-change td .change, .compare-previous .zfxxgk-report td .previous, .compare-change .zfxxgk-report td .change { display: block; }
`;
