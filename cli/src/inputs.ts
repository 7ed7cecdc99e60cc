import type { Locale } from '../../core/src';
import { collectReportFiles, decodeReport, readBytes, readReport, readStdin, STDIN, unreadableMessage, unreadableOf, type InputFile } from './files';
import { cliText } from './messages';
import { publishedKindForFile } from '../../core/src/import';
import { importPublished } from './published';

/** A report's text ready to check; `imported`: the import kind when it came from a published file. */
export interface LoadedReport { path: string; text: string; imported?: string }

/**
 * The reports named on the command line, as text: `.zfxxgk` files read and decoded, published
 * files (PDF, HTML, DOCX, Markdown, text) imported in memory, `-` read from stdin. Every path
 * that cannot be read is reported on stderr with its reason and the rest is still loaded
 * (shared by `check` and `extract`).
 */
export async function loadInputs(
  positionals: string[], publishedDirs: string[], locale: Locale, err: (text: string) => void,
): Promise<{ reports: LoadedReport[]; unreadable: number }> {
  const given = collectReportFiles(positionals);
  const published = collectReportFiles(publishedDirs, { published: true });
  const seen = new Set(given.files.map((f) => f.path));
  const files: InputFile[] = [...given.files, ...published.files.filter((f) => !seen.has(f.path))];
  const problems = [...given.unreadable, ...published.unreadable];
  for (const problem of problems) err(unreadableMessage(problem, locale));
  const reports: LoadedReport[] = [];
  let unreadable = problems.length;
  const fromFolders = new Set(published.files.map((f) => f.path));
  for (const file of files) {
    try {
      const report = await load(file);
      // A README.md or notes.txt found in a folder is not a report: with none of the six sections, leave it out.
      if (report.sectionsFound === 0 && fromFolders.has(file.path) && !seen.has(file.path)) { err(cliText('notAReport', locale) + file.path); continue; }
      reports.push({ path: report.path, text: report.text, imported: report.imported });
    } catch (error) {
      unreadable++;
      const problem = unreadableOf(file.path, error);
      err(problem.reason === 'other' && !(error as NodeJS.ErrnoException)?.code
        ? cliText('importFailed', locale) + `${file.path} (${(error as Error)?.message ?? error})`
        : unreadableMessage(problem, locale));
    }
  }
  return { reports, unreadable };
}

async function load(file: InputFile): Promise<LoadedReport & { sectionsFound?: number }> {
  if (file.path === STDIN) return { path: STDIN, text: decodeReport(await readStdin()) };
  const kind = file.published ? publishedKindForFile(file.path) : undefined;
  if (!kind) return { path: file.path, text: readReport(file.path) };
  const result = await importPublished(file.path, readBytes(file.path), kind, decodeReport);
  return { path: file.path, text: result.text, imported: result.summary.kind, sectionsFound: result.summary.sections.found.length };
}
