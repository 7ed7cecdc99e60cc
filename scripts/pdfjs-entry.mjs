// pdf.js for the bundles: one CommonJS file (dist/pdfjs.js) that core/src/import/pdf/load.ts
// requires from next to dist/cli.js and dist/server.js, so they share one copy and start without it.
// The worker module is included and run in the same thread (pdf.js's fake worker); the Chinese
// predefined CMaps (core/src/import/pdf/cmaps.json) are included as base64 (see scripts/build.mjs).
export * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
export * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
export { default as cMaps } from 'zfxxgk:cmaps';
