// Checks a .vsix: only the production bundles and the assets VS Code reads, nothing else, and small.
// Usage: node scripts/check-vsix.mjs file.vsix   (exit 1 with the reasons when it is not right)
import * as fs from 'fs';

const MAX_BYTES = 3 * 1024 * 1024;
const ALLOWED = [
  /^\[Content_Types\]\.xml$/, /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|package\.nls(\.[a-z-]+)?\.json|readme\.md|changelog\.md|LICENSE(\.txt)?|language-configuration\.json)$/i,
  /^extension\/(syntaxes|snippets|l10n)\/[^/]+\.json$/, /^extension\/walkthrough\/[^/]+\.svg$/,
  /^extension\/images\/icon\.png$/, /^extension\/dist\/[^/]+\.(js|css)$/,
];
const REQUIRED = ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/worker.js', 'extension/package.nls.json',
  'extension/package.nls.zh-cn.json', 'extension/l10n/bundle.l10n.zh-cn.json', 'extension/images/icon.png', 'extension/readme.md'];

/** Entries of a zip file from its central directory: name and uncompressed size. */
export function zipEntries(buffer) {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory');
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28), extra = buffer.readUInt16LE(offset + 30), comment = buffer.readUInt16LE(offset + 32);
    entries.push({ name: buffer.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extra + comment;
  }
  return entries;
}

export function checkVsix(file) {
  const buffer = fs.readFileSync(file);
  const entries = zipEntries(buffer);
  const names = new Set(entries.map((e) => e.name));
  const problems = [
    ...entries.filter((e) => !ALLOWED.some((re) => re.test(e.name))).map((e) => `unexpected file ${e.name}`),
    ...REQUIRED.filter((name) => !names.has(name)).map((name) => `missing ${name}`),
  ];
  if (buffer.length > MAX_BYTES) problems.push(`${buffer.length} bytes is over the ${MAX_BYTES} byte budget`);
  return { entries, bytes: buffer.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) { console.error('usage: node scripts/check-vsix.mjs file.vsix'); process.exit(2); }
  const { entries, bytes, problems } = checkVsix(file);
  for (const e of entries) console.log(`${String(e.size).padStart(9)}  ${e.name}`);
  console.log(`${entries.length} files, ${(bytes / 1024).toFixed(1)} KiB packed, ${(entries.reduce((s, e) => s + e.size, 0) / 1024).toFixed(1)} KiB unpacked`);
  if (problems.length) { for (const p of problems) console.error(`vsix check: ${p}`); process.exit(1); }
}
