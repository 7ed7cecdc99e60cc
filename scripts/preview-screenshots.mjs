// Screenshots of the preview in VS Code's light, dark and high-contrast themes, for the docs
// (docs/images/preview-theme-*.png). The preview page itself (shell, CSP, bundled script) in
// chromium, with the theme's CSS variables as VS Code sets them on a webview.
// Run after `npx tsc -p . && node scripts/build.mjs`:  node scripts/preview-screenshots.mjs
/* global document, window -- the callbacks given to page.evaluate run in the browser */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const { analyze, renderPreview } = require(path.join(root, 'out/core/src'));
const { previewShell } = require(path.join(root, 'out/client/src/preview/shell'));

// The 2021-format example (青石市, made up) with one wrong total (marked), compared with a made-up previous year.
const example = fs.readFileSync(path.join(root, 'examples/2024-qingshi-shi.zfxxgk'), 'utf8');
const text = example.replace(/^（一）予以公开 \|.*$/m, '（一）予以公开 | 1075 | 16 | 0 | 0 | 39 | 4 | 1135');
const lastYear = example.replace('年度：2024', '年度：2023')
  .replace(/^（一）予以公开 \|.*$/m, '（一）予以公开 | 982 | 19 | 0 | 1 | 33 | 4 | 1039');

const THEMES = {
  light: { body: 'vscode-light', vars: {
    'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', 'editorWidget-background': '#f8f8f8', 'editorWidget-border': '#c8c8c8',
    'descriptionForeground': '#3b3b3b', 'editorError-foreground': '#e51400', 'inputValidation-errorBackground': '#f2dede',
    'editorWarning-foreground': '#bf8803', 'focusBorder': '#005fb8', 'input-background': '#ffffff', 'input-foreground': '#3b3b3b',
    'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'textLink-foreground': '#005fb8', 'list-hoverBackground': '#f2f2f2',
  } },
  dark: { body: 'vscode-dark', vars: {
    'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'editorWidget-background': '#202020', 'editorWidget-border': '#454545',
    'descriptionForeground': '#9d9d9d', 'editorError-foreground': '#f85149', 'inputValidation-errorBackground': '#5a1d1d',
    'editorWarning-foreground': '#cca700', 'focusBorder': '#0078d4', 'input-background': '#313131', 'input-foreground': '#cccccc',
    'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'textLink-foreground': '#4daafc', 'list-hoverBackground': '#2a2d2e',
  } },
  'high-contrast': { body: 'vscode-high-contrast', vars: {
    'editor-background': '#000000', 'editor-foreground': '#ffffff', 'editorWidget-background': '#0c141f', 'editorWidget-border': '#6fc3df',
    'contrastBorder': '#6fc3df', 'descriptionForeground': '#ffffff', 'editorError-foreground': '#f48771', 'inputValidation-errorBackground': '#000000',
    'editorWarning-foreground': '#cca700', 'focusBorder': '#f38518', 'input-background': '#000000', 'input-foreground': '#ffffff',
    'button-secondaryBackground': '#000000', 'button-secondaryForeground': '#ffffff', 'button-border': '#6fc3df', 'textLink-foreground': '#21a6ff', 'list-hoverBackground': '#000000',
  } },
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-shots-'));
fs.copyFileSync(path.join(root, 'dist/preview.js'), path.join(dir, 'preview.js'));
const previous = analyze(lastYear).model;
const { html, layout } = renderPreview(analyze(text), previous);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
fs.mkdirSync(path.join(root, 'docs/images'), { recursive: true });
for (const [name, theme] of Object.entries(THEMES)) {
  const nonce = 'shots' + name.replace(/\W/g, '');
  let page = previewShell({
    cspSource: 'file:', nonce, scriptUri: 'preview.js', html, version: 1, summary: layout.summary, previousYear: previous.year,
    state: { uri: 'file:///report.zfxxgk', line: 0, comparison: 'change' },
    labels: { errors: '错误', warnings: '警告', editCell: '单元格数值', compare: { title: '上年（{0}）', off: '不显示', previous: '数值', change: '增减' } },
  });
  const vars = Object.entries(theme.vars).map(([k, v]) => `--vscode-${k}: ${v};`).join(' ');
  page = page.replace('<body>', `<body class="${theme.body}">`)
    .replace('</head>', `<style nonce="${nonce}">html { ${vars} --vscode-font-family: sans-serif; }</style>\n</head>`);
  fs.writeFileSync(path.join(dir, `${name}.html`), page);
  const tab = await browser.newPage({ viewport: { width: 760, height: 560 }, deviceScaleFactor: 1 });
  await tab.addInitScript(() => { window.acquireVsCodeApi = () => ({ postMessage() {}, getState() { return undefined; }, setState() {} }); });
  await tab.goto('file://' + path.join(dir, `${name}.html`));
  await tab.evaluate(() => document.fonts.ready);
  // Table 三 at the top, a cell open for typing, the status line with the comparison toggle.
  await tab.evaluate(() => {
    const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent.includes('一、本年新收'));
    window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 150);
  });
  await tab.locator('td[data-cell="table3/partial/0"]').click();
  await tab.keyboard.type('448');
  await tab.waitForTimeout(200);
  const file = path.join(root, `docs/images/preview-theme-${name}.png`);
  await tab.screenshot({ path: file });
  console.log(path.relative(root, file));
  await tab.close();
}
await browser.close();
fs.rmSync(dir, { recursive: true, force: true });
