import type { z } from 'zod';
import { WEEKDAY_COLUMNS } from './csv-columns.js';
import type { CsvRow } from './csv-file.js';
import { offerInput, type OfferInput } from './model.js';
import { ACCESS_ROUTES, OFFER_COSTS, OFFER_KINDS, OFFER_NEEDS, type ImportProblem } from './schema.js';
import { mayEdit, type Editor } from './service.js';

/** What the rows of one file refer to, loaded once for the whole file (names compared without case). */
export interface ImportLookups {
  organisations: Map<string, { id: string; archived: boolean }>;
  municipalities: Map<string, string>;
  /** `${organisationId}|${name}` → id, or null when two people of the organisation have that name. */
  contacts: Map<string, string | null>;
  /** Offers on the map that rows name by id. */
  offers: Map<string, { organisationId: string; version: number }>;
}

export type CheckedRow =
  | { row: number; ok: true; id: string | null; version: number | null; input: OfferInput }
  | { row: number; ok: false; problems: ImportProblem[] };

export const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Stands in for a reference that could not be resolved, so the schema still checks the other cells.
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

const one = (list: readonly string[]) => list.join(', ');

/** Per field of the API schema: its column and what to write there, in plain words. */
const FIELD_HELP: Record<string, { column: string; nl: string; en: string }> = {
  title: { column: 'titel', nl: 'Vul een titel in van hoogstens 200 tekens.', en: 'Fill in a title of at most 200 characters.' },
  description: { column: 'omschrijving', nl: 'Vul een omschrijving in van hoogstens 4000 tekens.', en: 'Fill in a description of at most 4000 characters.' },
  kind: { column: 'soort', nl: `Kies een van: ${one(OFFER_KINDS)}.`, en: `Choose one of: ${one(OFFER_KINDS)}.` },
  needs: { column: 'onderwerpen', nl: `Gebruik alleen deze woorden, met een komma ertussen: ${one(OFFER_NEEDS)}.`, en: `Use only these words, separated by commas: ${one(OFFER_NEEDS)}.` },
  targetGroup: { column: 'doelgroep', nl: 'De doelgroep mag hoogstens 300 tekens hebben.', en: 'The target group may have at most 300 characters.' },
  ageMin: { column: 'leeftijd vanaf', nl: 'Vul een heel getal in van 0 tot en met 120, of laat de cel leeg.', en: 'Fill in a whole number from 0 to 120, or leave the cell empty.' },
  ageMax: { column: 'leeftijd tot en met', nl: 'Vul een heel getal in van 0 tot en met 120 (niet lager dan "leeftijd vanaf"), of laat de cel leeg.', en: 'Fill in a whole number from 0 to 120 (not below "leeftijd vanaf"), or leave the cell empty.' },
  cost: { column: 'kosten', nl: `Kies een van: ${one(OFFER_COSTS)}.`, en: `Choose one of: ${one(OFFER_COSTS)}.` },
  costNote: { column: 'toelichting kosten', nl: 'De toelichting mag hoogstens 300 tekens hebben.', en: 'The note may have at most 300 characters.' },
  accessRoute: { column: 'toegang', nl: `Kies een van: ${one(ACCESS_ROUTES)}.`, en: `Choose one of: ${one(ACCESS_ROUTES)}.` },
};
const HOURS_HELP = { nl: 'Schrijf de tijden als 09:00-12:00, of 09:00-12:00, 13:00-16:00. Laat de cel leeg als het dan dicht is.', en: 'Write the times as 09:00-12:00, or 09:00-12:00, 13:00-16:00. Leave the cell empty when closed.' };

/** The schema's complaints about one row as problems per column, one per column. */
function schemaProblems(row: number, issues: z.core.$ZodIssue[]): ImportProblem[] {
  return issues.map((issue) => {
    const [field, sub] = issue.path.map(String);
    if (field === 'openingTimes' && sub) return { row, column: WEEKDAY_COLUMNS[Number(sub) - 1] ?? 'maandag', ...HOURS_HELP };
    const help = field ? FIELD_HELP[field] : undefined;
    return help ? { row, column: help.column, nl: help.nl, en: help.en } : { row, column: field ?? '', nl: issue.message, en: issue.message };
  });
}

const asNumber = (cell: string) => (cell === '' ? null : /^\d{1,3}$/.test(cell) ? Number(cell) : cell);

/**
 * One row → the same input the API takes, checked by the same schema, or its problems. References
 * by name (organisation, municipality, contact person) and by id (an exported offer) are resolved
 * against the region; the importer must be allowed to edit every organisation a row touches.
 */
export function checkRow({ row, cells, extraCells }: CsvRow, lookups: ImportLookups, editor: Editor, seenIds: Set<string>): CheckedRow {
  const problems: ImportProblem[] = [];
  const problem = (column: string, nl: string, en: string) => problems.push({ row, column, nl, en });
  const cell = (column: string) => cells[column] ?? '';

  if (extraCells) problem('', 'Deze regel heeft meer cellen dan er kolommen in de kopregel staan.', 'This row has more cells than the header row has columns.');

  let organisationId: string | null = null;
  const orgName = cell('organisatie');
  if (orgName === '') {
    if (editor.organisationId) organisationId = editor.organisationId;
    else problem('organisatie', 'Vul de naam van de organisatie in.', 'Fill in the name of the organisation.');
  } else {
    const org = lookups.organisations.get(nameKey(orgName));
    if (!org || org.archived) problem('organisatie', `De organisatie "${orgName}" bestaat niet (meer) in jouw regio.`, `The organisation "${orgName}" does not exist (any more) in your region.`);
    else organisationId = org.id;
  }
  if (organisationId && !mayEdit(editor, organisationId)) {
    problem('organisatie', 'Je kunt alleen aanbod van je eigen organisatie invoeren.', 'You can only enter offers of your own organisation.');
    organisationId = null;
  }

  let id: string | null = null;
  let version: number | null = null;
  const idCell = cell('id');
  if (idCell !== '') {
    const current = UUID.test(idCell) ? lookups.offers.get(idCell.toLowerCase()) : undefined;
    if (!current) {
      problem('id', 'Dit aanbod staat niet (meer) op de sociale kaart. Maak de cel leeg om het als nieuw aanbod toe te voegen.', 'This offer is not (any more) on the social map. Empty the cell to add it as a new offer.');
    } else if (seenIds.has(idCell.toLowerCase())) {
      problem('id', 'Dit aanbod staat twee keer in het bestand.', 'This offer appears twice in the file.');
    } else if (!mayEdit(editor, current.organisationId)) {
      problem('id', 'Dit aanbod is van een andere organisatie. Dat kun je niet aanpassen.', 'This offer belongs to another organisation; you cannot change it.');
    } else {
      seenIds.add(idCell.toLowerCase());
      const v = cell('versie');
      if (!/^\d{1,9}$/.test(v)) problem('versie', 'Vul de versie in zoals die in de export stond.', 'Fill in the version as it was in the export.');
      else if (Number(v) !== current.version)
        problem('versie', `Iemand heeft dit aanbod na jouw export gewijzigd (nu versie ${current.version}). Exporteer opnieuw en pas het daarin aan.`, `Someone changed this offer after your export (now version ${current.version}). Export again and make your change there.`);
      else {
        id = idCell.toLowerCase();
        version = current.version;
      }
    }
  }

  let municipalityId: string | null = null;
  const municipality = cell('gemeente');
  if (municipality !== '') {
    municipalityId = lookups.municipalities.get(nameKey(municipality)) ?? null;
    if (!municipalityId) problem('gemeente', `De gemeente "${municipality}" hoort niet bij jouw regio. Laat de cel leeg voor de hele regio.`, `The municipality "${municipality}" is not part of your region. Leave the cell empty for the whole region.`);
  }

  let contactId: string | null = null;
  const contact = cell('contactpersoon');
  if (contact !== '' && organisationId) {
    const found = lookups.contacts.get(`${organisationId}|${nameKey(contact)}`);
    if (found === undefined) problem('contactpersoon', `"${contact}" staat niet als contactpersoon bij deze organisatie. Voeg die persoon eerst toe, of laat de cel leeg.`, `"${contact}" is not a contact person of this organisation. Add them first, or leave the cell empty.`);
    else if (found === null) problem('contactpersoon', `Er zijn twee contactpersonen met de naam "${contact}". Laat de cel leeg en kies de persoon op de website.`, `Two contact persons are called "${contact}". Leave the cell empty and choose the person on the website.`);
    else contactId = found;
  }

  const openingTimes: Record<string, string> = {};
  WEEKDAY_COLUMNS.forEach((day, i) => {
    if (cell(day) !== '') openingTimes[String(i + 1)] = cell(day);
  });
  const parsed = offerInput.safeParse({
    organisationId: organisationId ?? PLACEHOLDER_ID,
    contactId,
    title: cell('titel'),
    description: cell('omschrijving'),
    kind: cell('soort').toLowerCase(),
    needs: cell('onderwerpen')
      .split(/[,|]/)
      .map((n) => n.trim().toLowerCase())
      .filter(Boolean),
    targetGroup: cell('doelgroep'),
    ageMin: asNumber(cell('leeftijd vanaf')),
    ageMax: asNumber(cell('leeftijd tot en met')),
    municipalityId,
    cost: cell('kosten').toLowerCase(),
    costNote: cell('toelichting kosten'),
    accessRoute: cell('toegang').toLowerCase(),
    openingTimes,
  });
  if (!parsed.success) problems.push(...schemaProblems(row, parsed.error.issues));

  const unique = problems.filter((p, i) => problems.findIndex((q) => q.column === p.column) === i);
  if (unique.length || !parsed.success) return { row, ok: false, problems: unique };
  return { row, ok: true, id, version, input: parsed.data };
}
