import { promises as fsp } from 'fs';
import { fileURLToPath } from 'url';
import { decodeReportBytes, nextYearReport, reportSkeleton, versionForYear, type Locale } from '../../../core/src';
import type { Feature } from './feature';
import { NEW_REPORT_REQUEST, type NewReportParams, type NewReportResult } from '../../../protocol/src';

/** `zfxxgk/newReport`: the blank skeleton, or next year's report from last year's (core/src/nextYear.ts). */
export const newReportFeature: Feature = {
  capabilities: {},
  register({ connection, documents, settings }) {
    connection.onRequest(NEW_REPORT_REQUEST, async (params: NewReportParams): Promise<NewReportResult> => {
      const locale = settings().current.locale;
      if (!params?.from) {
        const year = Number.isSafeInteger(params?.year) ? params.year! : new Date().getFullYear() - 1;
        const agency = typeof params?.agency === 'string' && params.agency.trim() ? params.agency.trim() : undefined;
        return {
          ok: true, text: reportSkeleton({ year, agency, snippet: !!params?.snippet }), year, version: versionForYear(year), snippet: !!params?.snippet,
        };
      }
      const text = typeof params.from.text === 'string' ? params.from.text : await sourceText(params.from.uri, documents.get(params.from.uri ?? '')?.getText(), locale);
      if (typeof text !== 'string') return { ok: false, message: text.message };
      const result = nextYearReport(text, locale);
      return result.ok ? { ok: true, text: result.text, year: result.year, version: result.version, snippet: false } : result;
    });
  },
};

/** Last year's text: the open document's live text, else the file's bytes through the one decoder. */
async function sourceText(uri: string | undefined, open: string | undefined, locale: Locale): Promise<string | { message: string }> {
  if (open !== undefined) return open;
  const unreadable = { message: locale === 'en' ? `Cannot read last year's report: ${uri ?? '(none)'}` : `无法读取上年报告：${uri ?? '（未指定）'}` };
  if (!uri?.startsWith('file:')) return unreadable;
  try {
    const decoded = decodeReportBytes(await fsp.readFile(fileURLToPath(uri)));
    return decoded.ok ? decoded.text : unreadable;
  } catch { return unreadable; }
}
