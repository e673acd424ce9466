/**
 * Report tables as CSV that Excel opens as it should: a UTF-8 byte-order mark (without it Excel
 * reads Cyrillic as mojibake), CRLF line ends, RFC 4180 quoting, and text that starts like a
 * formula defused with a leading apostrophe (a client named "=HYPERLINK(...)" stays a name).
 */

export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string | number | boolean | null | undefined;
}

/** Excel in locales whose decimal mark is a comma (Ukrainian, Russian) expects semicolons between fields. */
export type CsvDelimiter = ',' | ';';

const byteOrderMark = '\uFEFF';
const formulaStart = /^[=+\-@\t\r]/;

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], delimiter: CsvDelimiter = ','): string {
  const line = (cells: readonly string[]) => cells.map((cell) => quote(cell, delimiter)).join(delimiter);
  const lines = [line(columns.map((column) => column.header)), ...rows.map((row) => line(columns.map((column) => cellText(column.value(row)))))];
  return byteOrderMark + lines.join('\r\n') + '\r\n';
}

function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return formulaStart.test(value) ? `'${value}` : value;
  return String(value);
}

function quote(cell: string, delimiter: CsvDelimiter): string {
  const needsQuotes = cell.includes('"') || cell.includes(delimiter) || cell.includes('\n') || cell.includes('\r') || cell !== cell.trim();
  return needsQuotes ? `"${cell.replaceAll('"', '""')}"` : cell;
}
