import type { ExtractTable } from './table';

/**
 * CSV as Excel and WPS open it directly: UTF-8 with a BOM, RFC 4180 quoting, CRLF line ends.
 * Text that a spreadsheet would run as a formula (=, +, -, @ at the start of a non-number, e.g.
 * a hostile 机关) gets a leading apostrophe (OWASP "CSV injection"); numbers stay as written.
 */
export function toCsv(table: ExtractTable): string {
  const lines = [table.header.map(field), ...table.rows.map((row) => row.map((cell) => field(cell.value !== undefined ? cell.raw : defuse(cell.raw))))];
  return '\ufeff' + lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
