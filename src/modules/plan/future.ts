import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { ageOnDay, todayInNl, withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { FutureDialoguesTable } from './continuity-schema.js';
import { cleanList, failIfAny, isRealDay, mayWritePlan, plusMonths, problem, type Ctx } from './continuity-shared.js';
import type { DialogueInput, DialogueUpdate, DialogueView, FuturePage, SettingsInput, SettingsView } from './future-model.js';

/**
 * Toekomstplan for young people in care (report 003 F6): a log of dialogues, not a document to be
 * graded. Wishes are marked as changeable because written wishes must not follow the young person
 * around as "failures"; what was not talked about yet is written down too; the young person chooses
 * the form. Open from the region's minimum age (default 14, set by the administrator).
 */

export const DEFAULT_FUTURE_MIN_AGE = 14;

type DialogueRow = Selectable<FutureDialoguesTable>;

const dialogueView = (r: DialogueRow): DialogueView => ({
  id: r.id,
  heldOn: r.held_on,
  participants: r.participants,
  topicsDiscussed: r.topics_discussed,
  topicsOpen: r.topics_open,
  wishes: r.wishes,
  format: r.format,
  story: r.story,
  pictograms: r.pictograms,
  createdBy: r.created_by_label,
  version: r.version,
});

export async function getSettings(db: Db, regionId: string): Promise<SettingsView> {
  const row = await db.selectFrom('continuity_settings').select(['future_min_age', 'version']).where('region_id', '=', regionId).executeTakeFirst();
  return row ? { futureMinAge: row.future_min_age, version: row.version } : { futureMinAge: DEFAULT_FUTURE_MIN_AGE, version: 1 };
}

/** The administrator changes the minimum age; two administrators at once race on the version. */
export async function saveSettings(db: Db, regionId: string, label: string, input: SettingsInput): Promise<SettingsView> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('continuity_settings').select(['version']).where('region_id', '=', regionId).forUpdate().executeTakeFirst();
    if ((current?.version ?? 1) !== input.version) throw conflict(await getSettings(trx, regionId));
    const row = await trx
      .insertInto('continuity_settings')
      .values({ region_id: regionId, future_min_age: input.futureMinAge, version: 2, updated_by_label: label })
      .onConflict((oc) =>
        oc.column('region_id').doUpdateSet((eb) => ({
          future_min_age: input.futureMinAge,
          version: eb('continuity_settings.version', '+', 1),
          updated_by_label: label,
          updated_at: new Date(),
        })),
      )
      .returning(['future_min_age', 'version'])
      .executeTakeFirstOrThrow();
    return { futureMinAge: row.future_min_age, version: row.version };
  });
}

async function eligibility(db: Db, scope: AccessScope): Promise<{ eligible: boolean; minAge: number }> {
  const [client, settings] = await Promise.all([
    db.selectFrom('clients').select('birth_date').where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow(),
    getSettings(db, scope.regionId),
  ]);
  return { eligible: ageOnDay(client.birth_date, todayInNl()) >= settings.futureMinAge, minAge: settings.futureMinAge };
}

export function getFuture(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<FuturePage> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'read', purpose: 'het toekomstplan bekijken', requestId }, async (db, scope) => {
    const [{ eligible, minAge }, rows] = await Promise.all([
      eligibility(db, scope),
      db.selectFrom('future_dialogues').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute(),
    ]);
    return { eligible, minAge, dialogues: rows.map(dialogueView), canEdit: mayWritePlan(scope) && eligible };
  });
}

/** The checks a person can get wrong, all named at once; returns the cleaned lists. */
async function checkDialogue(db: Db, scope: AccessScope, input: DialogueInput) {
  const { eligible, minAge } = await eligibility(db, scope);
  if (!eligible) {
    throw invalid('clientId', `Een toekomstplan is er vanaf ${minAge} jaar. Deze jongere is nog jonger.`, `A toekomstplan starts at age ${minAge}. This young person is younger.`);
  }
  const today = todayInNl();
  const participants = input.participants.map((p) => ({ name: p.name.trim(), kind: p.kind })).filter((p) => p.name.length > 0);
  const topicsDiscussed = cleanList(input.topicsDiscussed);
  const topicsOpen = cleanList(input.topicsOpen);
  const wishes = input.wishes.map((w) => ({ text: w.text.trim(), changeable: w.changeable })).filter((w) => w.text.length > 0);
  const pictograms = [...new Set(input.pictograms)];
  failIfAny([
    !isRealDay(input.heldOn) && problem('heldOn', 'Kies een datum die bestaat.', 'Choose a date that exists.'),
    isRealDay(input.heldOn) && input.heldOn > today && problem('heldOn', 'Een gesprek dat nog moet komen schrijf je later op. Kies vandaag of eerder.', 'Write down a conversation after it happened. Choose today or earlier.'),
    isRealDay(input.heldOn) && input.heldOn < plusMonths(today, -120) && problem('heldOn', 'Deze datum ligt te ver terug.', 'This date is too long ago.'),
    participants.length === 0 && problem('participants', 'Schrijf op wie er meededen.', 'Write down who took part.'),
    topicsDiscussed.length === 0 && problem('topicsDiscussed', 'Schrijf minstens één onderwerp op waar jullie over praatten.', 'Write down at least one topic you talked about.'),
    input.format === 'tekst' && input.story === null && problem('story', 'Je koos voor tekst. Schrijf het in je eigen woorden.', 'You chose text. Write it in your own words.'),
    input.format === 'plaatjes' && pictograms.length === 0 && problem('pictograms', 'Je koos voor plaatjes. Kies minstens één plaatje.', 'You chose pictures. Choose at least one picture.'),
  ]);
  return {
    held_on: input.heldOn,
    participants: JSON.stringify(participants),
    topics_discussed: JSON.stringify(topicsDiscussed),
    topics_open: JSON.stringify(topicsOpen),
    wishes: JSON.stringify(wishes),
    format: input.format,
    story: input.format === 'tekst' ? input.story : null,
    pictograms: JSON.stringify(input.format === 'plaatjes' ? pictograms : []),
  };
}

export function addDialogue(ctx: Ctx, actor: Actor, clientId: string, input: DialogueInput, requestId: string | null): Promise<DialogueView> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'create', purpose: 'een gesprek voor het toekomstplan vastleggen', requestId }, async (db, scope) => {
    const values = await checkDialogue(db, scope, input);
    const row = await db
      .insertInto('future_dialogues')
      .values({ region_id: scope.regionId, client_id: scope.clientId, ...values, created_by: actor.userId, created_by_label: actor.label })
      .returningAll()
      .executeTakeFirstOrThrow();
    return dialogueView(row);
  });
}

export function updateDialogue(ctx: Ctx, actor: Actor, clientId: string, dialogueId: string, input: DialogueUpdate, requestId: string | null): Promise<DialogueView> {
  return withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'een gesprek van het toekomstplan aanpassen', requestId }, async (db, scope) => {
    const current = () =>
      db.selectFrom('future_dialogues').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', dialogueId).executeTakeFirst();
    const values = await checkDialogue(db, scope, input);
    const before = await current();
    if (!before) throw notFound();
    const row = await db
      .updateTable('future_dialogues')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('region_id', '=', scope.regionId)
      .where('id', '=', dialogueId)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict(dialogueView((await current()) ?? before));
    return dialogueView(row);
  });
}
