import type { Db } from '../../platform/db/database.js';
import type { EntryKind, Reaction } from '../logbook/schema.js';
import type { SeededIds } from './seed.js';

interface DemoEntry {
  client: string;
  /** A person key from people.ts. */
  by: string;
  kind: EntryKind;
  daysAgo: number;
  body: string;
  reaction?: { reaction: Reaction; note?: string };
}

/**
 * A few weeks of logbook for three demo clients: mostly small good news, one worry, and reports
 * written so the client can read them, one of which the client corrected ("klopt niet, want …").
 * All names are invented.
 */
const ENTRIES: readonly DemoEntry[] = [
  { client: 'kim', by: 'jessica', kind: 'goed-nieuws', daysAgo: 2, body: 'Kim heeft vandaag zelf de energierekening gebeld. Ze kreeg een betalingsregeling!' },
  { client: 'kim', by: 'priya', kind: 'update', daysAgo: 5, body: 'Ik kan deze maand alleen op woensdag oppassen. Daarna weer vaker.' },
  {
    client: 'kim',
    by: 'sanne',
    kind: 'rapportage',
    daysAgo: 6,
    body: 'Huisbezoek met Kim. We hebben samen de post van twee weken gesorteerd. Kim wil leren zelf een overzicht te maken. Afspraak: Jessica helpt op maandagavond; over drie weken kijken we samen hoe het gaat.',
    reaction: { reaction: 'klopt' },
  },
  { client: 'kim', by: 'jessica', kind: 'zorg', daysAgo: 9, body: 'Kim slaapt slecht sinds er een brief van de deurwaarder kwam. Misschien even bellen?' },
  {
    client: 'kim',
    by: 'fatima',
    kind: 'rapportage',
    daysAgo: 12,
    body: 'Gesprek over de schulden. Kim heeft vier schuldeisers. We vragen schuldhulp aan bij de gemeente.',
    reaction: { reaction: 'klopt-niet', note: 'Het zijn er drie. De rekening van de tandarts is al betaald.' },
  },
  { client: 'henk', by: 'els', kind: 'goed-nieuws', daysAgo: 1, body: 'Henk stond vanochtend al met de koffie klaar toen ik kwam. Hij had zin om te praten over vroeger.' },
  { client: 'henk', by: 'wim', kind: 'update', daysAgo: 4, body: 'We zijn samen naar het park gelopen. Henk wil volgende week de eenden weer voeren.' },
  { client: 'henk', by: 'monique', kind: 'zorg', daysAgo: 8, body: 'Papa vergat twee keer zijn pillen deze week. Ik zet ze voortaan in de weekdoos op tafel.' },
  {
    client: 'henk',
    by: 'karin',
    kind: 'rapportage',
    daysAgo: 10,
    body: 'Bezoek bij Henk met zijn dochter. Henk wil graag thuis blijven wonen. We vragen huishoudelijke hulp aan. Henk gaf aan dat hij de soos mist.',
  },
  { client: 'milan', by: 'sandra', kind: 'goed-nieuws', daysAgo: 3, body: 'Milan is deze week vier dagen naar school geweest. Hij was er zelf trots op.' },
  { client: 'milan', by: 'joost', kind: 'rapportage', daysAgo: 7, body: 'Gesprek met Milan en zijn ouders. Milan wil zijn telefoon om tien uur in de keuken leggen. Ouders en school helpen hem daarbij.' },
];

const daysBefore = (today: Date, days: number, hour: number) => {
  const d = new Date(today.getTime() - days * 86_400_000);
  d.setUTCHours(hour, 15, 0, 0);
  return d;
};

export async function seedLogbook(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  for (const [i, e] of ENTRIES.entries()) {
    const clientId = ids.clients.get(e.client);
    const author = ids.users.get(e.by);
    if (!clientId || !author) throw new Error(`demo logbook: unknown ${e.client} or ${e.by}`);
    const createdAt = daysBefore(today, e.daysAgo, 8 + (i % 8));
    const client = e.reaction ? await trx.selectFrom('clients').select(['first_name', 'last_name']).where('id', '=', clientId).executeTakeFirstOrThrow() : null;
    await trx
      .insertInto('logbook_entries')
      .values({
        region_id: ids.regionId,
        client_id: clientId,
        kind: e.kind,
        body: e.body,
        author_user_id: author.id,
        author_label: author.label,
        created_at: createdAt,
        reaction: e.reaction?.reaction ?? null,
        reaction_note: e.reaction?.note ?? null,
        reaction_by_label: client ? `${client.first_name} ${client.last_name}` : null,
        reaction_at: e.reaction ? new Date(createdAt.getTime() + 86_400_000) : null,
        reaction_on_version: e.reaction ? 1 : null,
      })
      .execute();
  }
}
