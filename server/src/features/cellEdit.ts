import { features } from '../../../core/src';
import type { Feature } from './feature';
import { CELL_EDIT_REQUEST, type CellEditAnswer, type CellEditParams } from '../../../protocol/src';

/**
 * `zfxxgk/cellEdit`: a number typed into the preview becomes a minimal edit of the source,
 * computed by the core (features.cellEdit) from the cached analysis of the current version.
 */
export const cellEditFeature: Feature = {
  capabilities: {},
  register({ connection, documents, cache }) {
    connection.onRequest(CELL_EDIT_REQUEST, (params: CellEditParams): CellEditAnswer | null => {
      const document = documents.get(params.uri);
      if (!document || typeof params.value !== 'string' || !Number.isInteger(params.column)) return null;
      const { model } = cache.get(document);
      const result = features.cellEdit(model, { table: params.table, row: String(params.row), column: params.column }, params.value);
      if (!result.ok) return result;
      const edits = result.edits.map((e) => ({ range: { start: model.index.positionAt(e.start), end: model.index.positionAt(e.end) }, newText: e.newText }));
      return { ok: true, version: document.version, edits };
    });
  },
};
