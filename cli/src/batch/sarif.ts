import * as path from 'path';
import { pick, RULE_CODES, RULES, type Locale, type ReportDiagnostic, type Severity } from '../../../core/src';
import type { FileResult } from './analyze';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A path as a SARIF artifact uri: relative to the working directory, '/'-separated, percent-encoded. */
function artifactUri(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  return relative.split('/').map(encodeURIComponent).join('/');
}

function region(range: ReportDiagnostic['range']) {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** SARIF 2.1.0 for code-scanning tools: one run, every rule of the catalog, results with related locations. */
export function toSarif(files: FileResult[], locale: Locale, version: string, cwd = process.cwd()): object {
  const codes = RULE_CODES;
  const ruleIndex = new Map(codes.map((code, i) => [code, i]));
  const results = files.flatMap((file) => file.diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: ruleIndex.get(d.code) ?? -1,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(file.path, cwd), uriBaseId: '%SRCROOT%' }, region: region(d.range) } }],
    relatedLocations: d.related.length > 0 ? d.related.map((r, id) => ({
      id, message: { text: r.message },
      physicalLocation: { artifactLocation: { uri: artifactUri(r.uri ?? file.path, cwd), uriBaseId: '%SRCROOT%' }, region: region(r.range) },
    })) : undefined,
    partialFingerprints: { 'zfxxgk/v1': `${d.code}:${d.range.start.line + 1}` },
  })));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'zfxxgk', version, informationUri: 'https://example.invalid/zfxxgk',
          rules: codes.map((code) => ({
            id: code, name: code.replace(/[^A-Za-z0-9]/g, '_'),
            shortDescription: { text: pick(RULES[code].title, locale) },
            fullDescription: { text: pick(RULES[code].source, locale) },
            defaultConfiguration: { level: LEVEL[RULES[code].severity] },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: `file://${cwd.split(path.sep).join('/').replace(/^([A-Za-z]:)/, '/$1')}/` } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}
