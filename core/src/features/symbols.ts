import { tableName, type Locale } from '../formats';
import { say } from '../i18n/text';
import type { BodyItem, ReportModel, RowNode, SectionNode, Span } from '../model/types';
import type * as lsp from 'vscode-languageserver-types';
import { SymbolKind, type DocumentSymbol } from './types';

/** Outline: header fields, then sections → captions (table 二) → rows; rows nest under their group rows. */
export function documentSymbols(model: ReportModel, locale: Locale): DocumentSymbol[] {
  const symbol = (name: string, kind: lsp.SymbolKind, span: Span, selection: Span, detail?: string): DocumentSymbol => ({
    name: name || '—', kind, detail, range: model.index.range(span.start, span.end), selectionRange: model.index.range(selection.start, selection.end), children: [],
  });
  const out: DocumentSymbol[] = model.header.map((f) => symbol(`${f.key}：${f.value.text}`, SymbolKind.Key, f, f.keySpan));
  for (const section of model.sections) {
    const node = symbol(section.heading.title.text || '#', SymbolKind.Namespace, section, section.heading, section.spec?.table ? tableName(section.spec.table, locale) : undefined);
    out.push(node);
    let container = node;
    const groups: Array<{ depth: number; symbol: DocumentSymbol }> = [];
    for (const item of section.items) {
      if (item.kind === 'caption') {
        const captionEnd = lastOfCaption(section, item);
        container = symbol(item.title.text, SymbolKind.Struct, { start: item.start, end: captionEnd }, item.title, item.subTable ? say(locale, `${item.subTable.columns.length} 列`, `${item.subTable.columns.length} columns`) : undefined);
        node.children.push(container);
        groups.length = 0;
        continue;
      }
      if (item.kind === 'subheading') { node.children.push(symbol(item.title.text, SymbolKind.String, item, item.title)); continue; }
      if (item.kind !== 'row') continue;
      const row = rowSymbol(model, item, symbol);
      const depth = item.resolution.status === 'ok' ? item.resolution.row.depth : 0;
      while (groups.length > 0 && groups[groups.length - 1].depth >= depth) groups.pop();
      const parent = groups.length > 0 ? groups[groups.length - 1].symbol : container;
      parent.children.push(row);
      if (item.resolution.status === 'ok' && item.resolution.row.kind === 'group') groups.push({ depth, symbol: row });
    }
    // A group row's range covers its children, so that the outline follows the cursor.
    const widen = (s: DocumentSymbol) => {
      s.children.forEach(widen);
      const last = s.children[s.children.length - 1];
      if (last && (last.range.end.line > s.range.end.line)) s.range = { start: s.range.start, end: last.range.end };
    };
    node.children.forEach(widen);
  }
  return out;
}

function rowSymbol(
  model: ReportModel, row: RowNode, symbol: (name: string, kind: lsp.SymbolKind, span: Span, selection: Span, detail?: string) => DocumentSymbol,
): DocumentSymbol {
  const values = row.cells.map((c) => c.raw || '□').join(' | ');
  return symbol(row.label.text, SymbolKind.Field, row, row.label, values || undefined);
}

function lastOfCaption(section: SectionNode, caption: BodyItem): number {
  const items = section.items;
  let end = caption.end;
  for (let i = items.indexOf(caption) + 1; i < items.length && items[i].kind !== 'caption'; i++) if (items[i].kind !== 'prose') end = items[i].end;
  return end;
}
