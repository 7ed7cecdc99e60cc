import type { ReportModel } from '../model/types';
import type { FoldingRange } from './types';

/** Folds: the header block, each section, each caption of 二, each group row of 三 with its items, runs of %% comments. */
export function foldingRanges(model: ReportModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lineOf = (offset: number) => model.index.positionAt(offset).line;
  const add = (startLine: number, endLine: number, kind?: FoldingRange['kind']) => { if (endLine > startLine) ranges.push({ startLine, endLine, ...(kind ? { kind } : {}) }); };
  if (model.header.length > 1) add(lineOf(model.header[0].start), lineOf(model.header[model.header.length - 1].end));
  for (const section of model.sections) {
    const lastItem = section.items[section.items.length - 1];
    add(section.heading.line, lineOf(lastItem ? lastItem.end : section.heading.end));
    const items = section.items;
    items.forEach((item, i) => {
      if (item.kind === 'caption') {
        let last = item.end;
        for (let j = i + 1; j < items.length && items[j].kind !== 'caption'; j++) last = items[j].end;
        add(item.line, lineOf(last));
      }
      if (item.kind === 'row' && item.resolution.status === 'ok' && item.resolution.row.kind === 'group') {
        const depth = item.resolution.row.depth;
        let last = item.end;
        for (let j = i + 1; j < items.length; j++) {
          const next = items[j];
          if (next.kind !== 'row' || next.resolution.status !== 'ok' || next.resolution.row.depth <= depth) break;
          last = next.end;
        }
        add(item.line, lineOf(last));
      }
    });
  }
  let run: number[] = [];
  const flush = () => { if (run.length > 1) add(run[0], run[run.length - 1], 'comment'); run = []; };
  for (const comment of model.comments) {
    const line = lineOf(comment.start);
    if (run.length > 0 && line !== run[run.length - 1] + 1) flush();
    run.push(line);
  }
  flush();
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
