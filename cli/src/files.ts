import * as fs from 'fs';
import * as path from 'path';

/** Expand paths: files as given, directories searched recursively for *.zfxxgk. */
export function collectReportFiles(inputs: string[]): { files: string[]; unreadable: string[] } {
  const files: string[] = [];
  const unreadable: string[] = [];
  const walk = (directory: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(directory, { withFileTypes: true }); } catch { unreadable.push(directory); return; }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.zfxxgk')) files.push(full);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try { stat = fs.statSync(input); } catch { unreadable.push(input); continue; }
    if (stat.isDirectory()) walk(input); else files.push(input);
  }
  return { files, unreadable };
}

/** Read a report as UTF-8 text, dropping a BOM. */
export function readReport(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
