/**
 * The one module the client talks to the server through: the typed custom requests, their parameters and
 * results, and the few pieces of the core the client needs, re-exported file by file (never the core's index,
 * so nothing else of the core enters dist/client.js; test/protocol/clientBundle.test.ts checks it).
 */
export * from './requests';
export type * from './types';
export { SERVER_ENV, SERVER_EXEC_ARGV } from './launch';
/** The file extension → import kind map the CLI uses too. */
export { IMPORT_EXTENSIONS, importKindForFile } from '../../core/src/import/kinds';
/** The preview page's stylesheets (the report's official layout, following the editor's theme). */
export { BASE_CSS, PREVIEW_CSS } from '../../core/src/render/styles';
