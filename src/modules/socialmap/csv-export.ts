import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../platform/db/database.js';
import { forbidden } from '../../platform/errors.js';
import { CSV_HEADERS, WEEKDAY_COLUMNS } from './csv-columns.js';
import { FORMULA_START } from './csv-file.js';
import { isOwner, visibleOffers, type Editor } from './service.js';

/** Most offers one export holds; far above any region's social map. */
const MAX_EXPORT = 50_000;

/** A cell a spreadsheet would run as a formula ("=…", "+…") gets a leading ' so it stays text; the import takes it off. */
const safeCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * Dutch Excel opens a file with ";" between cells and a UTF-8 byte order mark as it should, and the
 * import reads it back unchanged (id and versie let a re-import update the same offers).
 */
function toCsv(rows: string[][]): string {
  return stringify([CSV_HEADERS, ...rows.map((r) => r.map(safeCell))], { delimiter: ';', record_delimiter: '\r\n', bom: true });
}

/** Only the column names: the page explains what goes in each. */
export const templateCsv = (): string => toCsv([]);

/** The region's offers on the map, or one organisation's, in the import's columns. */
export async function exportOffersCsv(db: Db, editor: Editor, organisationId?: string): Promise<string> {
  if (!isOwner(editor)) throw forbidden({ nl: 'Alleen medewerkers van een organisatie kunnen aanbod exporteren.', en: 'Only staff of an organisation can export offers.' });
  const rows = await visibleOffers(db, editor.regionId)
    .leftJoin('social_contacts as c', (j) => j.onRef('c.id', '=', 'o.contact_id').onRef('c.region_id', '=', 'o.region_id'))
    .select([
      'o.id',
      'o.version',
      'org.name as organisation_name',
      'o.title',
      'o.description',
      'o.kind',
      'o.needs',
      'o.target_group',
      'o.age_min',
      'o.age_max',
      'm.name as municipality_name',
      'o.cost',
      'o.cost_note',
      'o.access_route',
      'c.name as contact_name',
      'o.opening_times',
      'o.up_to_date_on',
    ])
    .$if(organisationId !== undefined, (q) => q.where('o.organisation_id', '=', organisationId!))
    .orderBy('org.name')
    .orderBy('o.title')
    .orderBy('o.id')
    .limit(MAX_EXPORT)
    .execute();
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return toCsv(
    rows.map((r) => [
      r.id,
      String(r.version),
      r.organisation_name,
      r.title,
      r.description,
      r.kind,
      r.needs.join(', '),
      text(r.target_group),
      text(r.age_min),
      text(r.age_max),
      text(r.municipality_name),
      r.cost,
      text(r.cost_note),
      r.access_route,
      text(r.contact_name),
      ...WEEKDAY_COLUMNS.map((_, i) => r.opening_times[String(i + 1)] ?? ''),
      r.up_to_date_on,
    ]),
  );
}
