/**
 * The Markdown shapes (markdownShapes.ts) written as a web page: headings as <h1>…<h6>, paragraphs
 * as <p>, each table's header rows (its first row and the rows of names right under the delimiter)
 * in <thead> as <th> — a name followed by blanks spans them (colspan) — and its body rows as <td>.
 * `td`: as CMS pages and Word write them — header rows as ordinary <td> rows, no <thead>, every cell's
 * text wrapped in <p>/<span>/<strong> — so only their words say they are headers.
 */
export function markdownToHtml(markdown: string, header: 'th' | 'td' = 'th'): string {
  const lines = markdown.split('\n');
  const out: string[] = ['<html><head><title></title></head><body>'];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) { out.push(`<h${heading[1].length}>${escape(heading[2])}</h${heading[1].length}>`); continue; }
    if (line.startsWith('|') && /^\|\s*-{3}/.test(lines[i + 1] ?? '')) {
      const head = [cells(line)];
      i += 2;
      while (i < lines.length && lines[i].startsWith('|') && !cells(lines[i]).some((c) => /\d/.test(c))) head.push(cells(lines[i++]));
      const body: string[][] = [];
      while (i < lines.length && lines[i].startsWith('|')) body.push(cells(lines[i++]));
      if (header === 'td') {
        out.push('<table border="1"><tbody>', ...head.map((r) => headerRow(r, 'td')), ...body.map((r) => `<tr>${r.map((c) => `<td><p><span>${escape(c)}</span></p></td>`).join('')}</tr>`), '</tbody></table>');
        continue;
      }
      out.push('<table><thead>', ...head.map((r) => headerRow(r, 'th')), '</thead><tbody>', ...body.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`), '</tbody></table>');
      continue;
    }
    if (line.trim() !== '') out.push(`<p>${escape(line)}</p>`);
  }
  out.push('</body></html>');
  return out.join('\n');
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** A header row: each name spans the blanks after it; leading blanks are one empty corner cell. */
function headerRow(row: string[], tag: 'th' | 'td'): string {
  const spans: Array<{ text: string; span: number }> = [];
  for (const cell of row) {
    const last = spans[spans.length - 1];
    if (cell === '' && last) last.span++;
    else spans.push({ text: cell, span: 1 });
  }
  const text = (t: string) => (tag === 'td' && t !== '' ? `<p style="text-align:center"><strong>${escape(t)}</strong></p>` : escape(t));
  return `<tr>${spans.map((s) => `<${tag}${s.span > 1 ? ` colspan="${s.span}"` : ''}>${text(s.text)}</${tag}>`).join('')}</tr>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
