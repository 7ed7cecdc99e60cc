import type { Feature } from './feature';
import { CELL_EDIT_REQUEST, type CellEditAnswer, type CellEditParams } from '../../../protocol/src';

/**
 * `zfxxgk/cellEdit`: a number typed into the preview becomes a minimal edit of the source,
 * computed by the core from the cached analysis of the current version.
 */
export const cellEditFeature: Feature = {
  capabilities: {},
  register({ connection, documents, cache, service }) {
    connection.onRequest(CELL_EDIT_REQUEST, (params: CellEditParams): CellEditAnswer | null => {
      const document = documents.get(params.uri);
      if (!document || typeof params.value !== 'string' || !Number.isInteger(params.column)) return null;
      const result = service.cellEdit(cache.get(document), { table: params.table, row: String(params.row), column: params.column }, params.value);
      return result.ok ? { ok: true, version: document.version, edits: result.edits } : result;
    });
  },
};
