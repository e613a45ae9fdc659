/** Excel reads a UTF-8 file as the local code page unless it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** One field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends (RFC 4180, and what Excel writes). No BOM: see `toCsvFile`. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is written as text:
 * an ad group named "=HYPERLINK(…)" must not become a link in someone's Excel.
 */
export function asTextCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The file's content: the BOM, then the CSV. */
export function toCsvFile(rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + toCsv(rows);
}
