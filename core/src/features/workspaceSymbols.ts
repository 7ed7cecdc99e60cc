import { buildModel } from '../model/build';
import type { ReportModel } from '../model/types';
import { toHalfWidth } from '../text/normalize';
import type { IndexedReport } from '../workspace';
import { fileNameOf } from '../workspace/uris';
import type * as lsp from 'vscode-languageserver-types';
import { SymbolKind } from './types';

/**
 * Go to Symbol in Workspace (Ctrl+T) over reports of the workspace index (`ReportIndex.all()`, or a part of it
 * when the caller spreads a long first build over several turns): each report by its title
 * (标题, else 机关 and 年度, else its file name) and each of its sections by its heading, the section's report
 * as container. Model: vscode-markdown-languageservice's workspace symbols (document outline, flattened, cached
 * per document version).
 *
 * The match is the relaxed one the editor asks of a provider, since it scores and filters the results itself:
 * each space-separated piece of the query has its characters in order in the symbol's name and container.
 * (VS Code sends only the first piece of `收到 孟州` and matches the rest against the container itself.)
 */
export function workspaceSymbols(reports: Iterable<IndexedReport>, query: string): lsp.SymbolInformation[] {
  const pieces = searchKey(query).split(/\s+/).filter((piece) => piece !== '');
  const out: lsp.SymbolInformation[] = [];
  for (const report of reports) {
    for (const symbol of symbolsOf(report)) if (pieces.every((piece) => isSubsequence(piece, symbol.key))) out.push(symbol.information);
  }
  return out;
}

interface IndexedSymbol {
  information: lsp.SymbolInformation;
  /** What a query is matched against: the name and the container, half-width and lower case. */
  key: string;
}

/**
 * A report's symbols, built once per indexed version: the index makes a new IndexedReport on every
 * change of the text, so an old version's symbols go with it.
 */
const SYMBOLS = new WeakMap<IndexedReport, IndexedSymbol[]>();

function symbolsOf(report: IndexedReport): IndexedSymbol[] {
  let symbols = SYMBOLS.get(report);
  if (!symbols) {
    symbols = reportSymbols(report.uri, buildModel(report.text));
    SYMBOLS.set(report, symbols);
  }
  return symbols;
}

function reportSymbols(uri: string, model: ReportModel): IndexedSymbol[] {
  const field = (key: string) => model.header.find((f) => f.key === key && f.value.text !== '');
  const title = field('标题');
  const agency = field('机关')?.value.text;
  // The year as the checks read it (２０２３, 2023 年 → 2023年度), so that the editor's own match of the container finds it.
  const year = model.year !== undefined ? `${model.year}年度` : field('年度')?.value.text;
  const owner = [agency, year].filter(Boolean).join(' ');
  const name = title?.value.text || owner || fileNameOf(uri);
  const at = title ?? model.header[0];
  const symbol = (symbolName: string, kind: lsp.SymbolKind, start: number, end: number, containerName?: string): IndexedSymbol => ({
    information: { name: symbolName, kind, location: { uri, range: model.index.range(start, end) }, ...(containerName ? { containerName } : {}) },
    key: searchKey(containerName ? `${symbolName}${containerName}` : symbolName),
  });
  const symbols = [symbol(name, SymbolKind.File, at?.start ?? 0, at?.end ?? 0, title && owner ? owner : undefined)];
  // Sections are named by their report as the author knows it: agency and year, else the title, else the file.
  const container = owner || name;
  for (const section of model.sections) {
    const heading = section.heading;
    symbols.push(symbol(heading.title.text || '#', SymbolKind.Namespace, heading.start, heading.end, container));
  }
  return symbols;
}

/** Full-width letters and digits as half-width, lower case: `ＡＢ１` and `ab1` find the same. */
function searchKey(text: string): string {
  return toHalfWidth(text).toLowerCase();
}

/**
 * Whether the query's characters appear in `text` in order: the relaxed match the editor asks of a workspace
 * symbol provider (it scores and filters the results itself). Code points, so a character outside the BMP is one.
 */
function isSubsequence(query: string, text: string): boolean {
  let from = 0;
  for (const ch of query) {
    const at = text.indexOf(ch, from);
    if (at < 0) return false;
    from = at + ch.length;
  }
  return true;
}
