import * as fs from 'fs';
import * as path from 'path';

let cached: string | undefined;

/**
 * The product's version, read from package.json only (no copy to keep in step). Looked up from
 * this file's folder upwards, so it is found both from the bundles (dist/) and from the
 * compiled tests (out/core/src/); '0.0.0' if the package has been taken apart.
 */
export function productVersion(): string {
  if (cached !== undefined) return cached;
  cached = '0.0.0';
  for (let folder = __dirname; ; folder = path.dirname(folder)) {
    try {
      const json = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (json.name === 'zfxxgk' && typeof json.version === 'string') { cached = json.version; break; }
    } catch { /* no package.json here: look further up */ }
    if (path.dirname(folder) === folder) break;
  }
  return cached;
}
