import { toHalfWidth } from '../text/normalize';
import type { SourceLine } from './types';

/** "…2024 年政府信息公开工作年度报告", spaces allowed anywhere (pdftotext puts them around digits). */
const TITLE = /((?:19|20)\d{2})\s*年\s*度?\s*(?:政\s*府\s*)?信\s*息\s*公\s*开\s*(?:工\s*作\s*)?(?:年\s*度\s*)?报\s*告/;
const PERIOD = /((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日/;
const ANY_YEAR = /((?:19|20)\d{2})\s*年/;

export interface HeaderInfo {
  title?: string;
  agency?: string;
  year?: number;
  yearGuessed?: boolean;
  /** Indexes into head lines: the title block (consumed) and lines before it (kept as comments). */
  titleLines: number[];
  beforeTitle: number[];
}

function compact(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').trim();
}

function agencyOf(title: string, year: string): string | undefined {
  const prefix = title.slice(0, title.indexOf(year)).replace(/^[《〈“"]+/, '').replace(/关于$/, '').trim();
  return prefix.length >= 2 ? prefix : undefined;
}

const FIELD = /^[ \t\u3000]*(标题|机关|年度|格式)[ \t\u3000]*[:：][ \t\u3000]*(.*?)[ \t\u3000]*$/;

/** Title, agency and year from the lines before 一、总体情况 (or from hints such as an HTML <title>). */
export function readHeader(head: SourceLine[], hints: string[], bodyText: string): HeaderInfo {
  const info: HeaderInfo = { titleLines: [], beforeTitle: [] };
  // Input already in the language: its header lines say it.
  const fields = new Map<string, string>();
  head.forEach((line, i) => {
    const match = line.cells ? null : FIELD.exec(line.text);
    if (match && !fields.has(match[1])) { fields.set(match[1], match[2]); info.titleLines.push(i); }
  });
  if (fields.size > 0) {
    info.title = fields.get('标题') || undefined;
    info.agency = fields.get('机关') || undefined;
    const year = /^((?:19|20)\d{2})/.exec(toHalfWidth(fields.get('年度') ?? ''));
    if (year) info.year = Number(year[1]);
    if (info.title || info.year) return info;
  }
  const scan = Math.min(head.length, 40);
  for (let i = 0; i < scan; i++) {
    const line = compact(head[i].text);
    const match = TITLE.exec(line);
    if (!match || line.length > 80 || /。/.test(line) || /^[#＃%]/.test(line)) continue;
    let title = line.slice(0, match.index + match[0].length);
    info.titleLines.push(i);
    if (match.index === 0) {
      // The agency on the line above: "淮安市人民政府" / "2024 年政府信息公开工作年度报告".
      let j = i - 1;
      while (j >= 0 && head[j].text.trim() === '') j--;
      const above = j >= 0 ? compact(head[j].text) : '';
      if (above && above.length <= 40 && !/[。，,：:#]/.test(above)) { title = above + title; info.titleLines.unshift(j); }
    }
    info.title = title;
    info.year = Number(match[1]);
    info.agency = agencyOf(title, match[1]);
    break;
  }
  const first = info.titleLines[0];
  if (first !== undefined) for (let i = 0; i < first; i++) if (head[i].text.trim() !== '') info.beforeTitle.push(i);
  if (!info.title) {
    for (const hint of hints) {
      const line = compact(hint);
      const match = TITLE.exec(line);
      if (!match) continue;
      info.title = line.slice(0, match.index + match[0].length).replace(/^.*[_|｜]/, '');
      info.year = Number(match[1]);
      info.agency = agencyOf(info.title, match[1]);
      break;
    }
  }
  if (info.year === undefined) {
    const headText = head.map((l) => l.text).join('\n');
    const period = PERIOD.exec(toHalfWidth(headText)) ?? PERIOD.exec(toHalfWidth(bodyText));
    const any = period ?? ANY_YEAR.exec(toHalfWidth(bodyText));
    if (any) { info.year = Number(any[1]); info.yearGuessed = !period; }
  }
  return info;
}
