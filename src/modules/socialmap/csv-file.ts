import { parse } from 'csv-parse/sync';
import { invalid } from '../../platform/errors.js';
import { CSV_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './csv-columns.js';
import type { ImportRow } from './schema.js';

export type CsvRow = ImportRow;

const fileProblem = (nl: string, en: string) => invalid('file', nl, en);

const SAVE_AS_UTF8 = {
  nl: 'Kies in Excel bij "Opslaan als" voor "CSV UTF-8 (door lijstscheidingsteken gescheiden)" en probeer het opnieuw.',
  en: 'In Excel, choose "Save as" → "CSV UTF-8 (comma delimited)" and try again.',
};

/**
 * Bytes → text, refusing anything but UTF-8: guessing another encoding would quietly turn "café"
 * into "cafÃ©" on the social map. A UTF-8 byte order mark (Excel writes one) is accepted.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length === 0) throw fileProblem('Het bestand is leeg.', 'The file is empty.');
  if (bytes.length > MAX_IMPORT_BYTES) throw fileProblem('Het bestand is te groot. Het mag hoogstens 5 MB zijn.', 'The file is too large. It may be at most 5 MB.');
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 200).includes(0);
  if (utf16) throw fileProblem(`Dit bestand is opgeslagen als UTF-16 (Unicode-tekst). Dat kunnen we niet lezen. ${SAVE_AS_UTF8.nl}`, `This file is saved as UTF-16 (Unicode text), which we cannot read. ${SAVE_AS_UTF8.en}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileProblem(`Dit bestand is niet opgeslagen als UTF-8. Letters als é en ë zouden dan verkeerd overkomen. ${SAVE_AS_UTF8.nl}`, `This file is not saved as UTF-8, so letters such as é and ë would come out wrong. ${SAVE_AS_UTF8.en}`);
  }
  // TextDecoder drops a UTF-8 byte order mark by default.
  return text;
}

/** Dutch Excel separates with ";", most other programs with ",": the header row tells which. */
export function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/** Cells that a spreadsheet would run as a formula get a leading ' on export; it comes off again here. */
export const FORMULA_START = /^[=+\-@\t\r]/;
const unescapeCell = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

const normalise = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

/** Maps the header row to known columns; unknown, double or missing required columns are one clear file problem. */
function mapHeader(header: string[]): string[] {
  const known = new Set(CSV_COLUMNS.map((c) => c.header));
  const mapped = header.map(normalise);
  const unknown = mapped.filter((h, i) => h !== '' && !known.has(h) && mapped.indexOf(h) === i);
  const doubled = mapped.filter((h, i) => h !== '' && mapped.indexOf(h) !== i);
  const missing = CSV_COLUMNS.filter((c) => c.required && !mapped.includes(c.header)).map((c) => c.header);
  const nl: string[] = [];
  const en: string[] = [];
  const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
  if (missing.length) {
    nl.push(`Deze kolommen ontbreken: ${list(missing)}.`);
    en.push(`These columns are missing: ${list(missing)}.`);
  }
  if (unknown.length) {
    nl.push(`Deze kolommen kennen we niet: ${list(unknown)}.`);
    en.push(`We do not know these columns: ${list(unknown)}.`);
  }
  if (doubled.length) {
    nl.push(`Deze kolommen staan er twee keer in: ${list([...new Set(doubled)])}.`);
    en.push(`These columns appear twice: ${list([...new Set(doubled)])}.`);
  }
  if (nl.length) {
    throw fileProblem(
      `${nl.join(' ')} De eerste regel moet de kolomnamen van het voorbeeldbestand hebben, gescheiden door ; of ,.`,
      `${en.join(' ')} The first row must hold the column names of the template, separated by ; or ,.`,
    );
  }
  return mapped;
}

/** The whole file as rows, or one problem for the file (encoding, quotes, columns, size). */
export function readCsv(bytes: Uint8Array): CsvRow[] {
  const text = decodeUtf8(bytes);
  let records: { record: string[]; info: { records: number } }[];
  try {
    // csv-parse's types do not follow the `info` option: each record comes with its counters then.
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: true, info: true, bom: true }) as unknown as typeof records;
  } catch (err) {
    const line = typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : null;
    const where = line ? { nl: ` (bij regel ${line})`, en: ` (near line ${line})` } : { nl: '', en: '' };
    throw fileProblem(
      `We kunnen dit bestand niet lezen als CSV${where.nl}. Kijk of alle aanhalingstekens (") goed gesloten zijn.`,
      `We cannot read this file as CSV${where.en}. Check that every quote (") is closed.`,
    );
  }
  const [head, ...rest] = records;
  if (!head) throw fileProblem('Het bestand is leeg.', 'The file is empty.');
  const columns = mapHeader(head.record);
  // Excel writes rows it once touched as ";;;;": those are not offers.
  const data = rest.filter(({ record }) => record.some((c) => c.trim() !== ''));
  if (data.length === 0) throw fileProblem('Het bestand heeft alleen een kopregel en geen aanbod.', 'The file has a header row but no offers.');
  if (data.length > MAX_IMPORT_ROWS) {
    throw fileProblem(`Het bestand heeft ${data.length} regels. Er mogen er hoogstens ${MAX_IMPORT_ROWS} in. Splits het bestand.`, `The file has ${data.length} rows; at most ${MAX_IMPORT_ROWS} are allowed. Split the file.`);
  }
  return data.map(({ record, info }) => {
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) cells[column] = unescapeCell((record[i] ?? '').trim());
    });
    const extraCells = record.slice(columns.length).some((c) => c.trim() !== '');
    return { row: info.records, cells, extraCells };
  });
}
