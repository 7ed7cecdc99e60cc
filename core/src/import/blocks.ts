import type { SectionSpec, TableId } from '../formats';
import { tableCells } from './cells';
import { proseLines } from './prose';
import { splitSections } from './sections';
import { untranspose } from './transpose';
import type { SourceDocument, SourceLine, Token } from './types';

/**
 * A document as blocks, whatever its kind: the lines before the first section (title, preamble),
 * then the six sections by their headings, each either prose (paragraphs) or a table as cells in
 * reading order, each cell with its column header and position when the source has them.
 */
export interface ImportBlocks {
  head: SourceLine[];
  /** `%%` lines before the first section (input already in the language): kept as they are. */
  headComments: string[];
  sections: SectionBlock[];
  /** Text of every section, for the year when the title has none. */
  bodyText: string;
  /** Word offsets are columns on the page (SourceDocument.positioned). */
  positioned: boolean;
}

export interface SectionBlock {
  spec: SectionSpec;
  heading: string;
  comments: string[];
  prose?: string[];
  table?: { table: TableId; cells: Token[] };
}

export function readBlocks(source: SourceDocument): ImportBlocks {
  const positioned = source.positioned === true;
  const split = splitSections(source.lines);
  return {
    head: split.head, headComments: split.headComments, positioned,
    bodyText: split.sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n'),
    sections: split.sections.map(({ spec, heading, comments, lines }) => (spec.table
      ? { spec, heading, comments, table: { table: spec.table, cells: tableCells(untranspose(lines, spec.table), positioned) } }
      : { spec, heading, comments, prose: proseLines(lines, positioned) })),
  };
}
