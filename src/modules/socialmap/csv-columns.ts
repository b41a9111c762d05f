/**
 * The columns of the social map's CSV file, shared by import, export and the template. Headers are
 * Dutch and fixed, so a file exported here imports again unchanged. No runtime dependencies: the web
 * app imports this list to document the columns.
 */

export const WEEKDAY_COLUMNS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

export interface CsvColumn {
  /** The header in the file (compared without case and surrounding spaces). */
  header: string;
  /** Must be in the header row. */
  required: boolean;
  /** Written on export but not read back: the import itself confirms the entry today. */
  exportOnly?: boolean;
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { header: 'id', required: false },
  { header: 'versie', required: false },
  { header: 'organisatie', required: false },
  { header: 'titel', required: true },
  { header: 'omschrijving', required: true },
  { header: 'soort', required: true },
  { header: 'onderwerpen', required: false },
  { header: 'doelgroep', required: false },
  { header: 'leeftijd vanaf', required: false },
  { header: 'leeftijd tot en met', required: false },
  { header: 'gemeente', required: false },
  { header: 'kosten', required: true },
  { header: 'toelichting kosten', required: false },
  { header: 'toegang', required: true },
  { header: 'contactpersoon', required: false },
  ...WEEKDAY_COLUMNS.map((header) => ({ header, required: false })),
  { header: 'bijgewerkt op', required: false, exportOnly: true },
];

export const CSV_HEADERS = CSV_COLUMNS.map((c) => c.header);

/** Most rows one file may hold; 1,000 is the everyday case. */
export const MAX_IMPORT_ROWS = 5000;
/** Largest file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
