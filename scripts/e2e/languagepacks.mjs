// Writes <user-data-dir>/languagepacks.json for the language packs in an extensions folder, in the format
// VS Code's LanguagePacksCache uses. The server reads it at start to resolve --locale; a pack installed
// with `code-server --install-extension` is not added to it until the running server rescans, too late
// for the first page load. Usage: node languagepacks.mjs EXTENSIONS_DIR USER_DATA_DIR
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const [extensionsDir, userDataDir] = process.argv.slice(2);
const packs = {};
for (const folder of fs.readdirSync(extensionsDir)) {
  const manifestFile = path.join(extensionsDir, folder, 'package.json');
  if (!fs.existsSync(manifestFile)) continue;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  for (const localization of manifest.contributes?.localizations ?? []) {
    const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
    const pack = packs[localization.languageId] ??= { hash: '', extensions: [], translations: {}, label: localization.localizedLanguageName ?? localization.languageName };
    pack.extensions.push({ extensionIdentifier: { id }, version: manifest.version });
    for (const t of localization.translations) pack.translations[t.id] = path.join(extensionsDir, folder, t.path);
  }
}
for (const pack of Object.values(packs)) {
  const hash = crypto.createHash('md5');
  for (const e of pack.extensions) hash.update(e.extensionIdentifier.id).update(e.version);
  pack.hash = hash.digest('hex');
}
fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
console.log(`language packs: ${Object.keys(packs).join(', ') || 'none'}`);
