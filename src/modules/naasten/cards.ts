import { sql } from 'kysely';
import { todayInNl, withClientAccess, type AccessScope, type Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { scheduleCheckIn } from './check-ins.js';
import { circleStarts, dueOn, overdueDays } from './deadlines.js';
import type { CardInput, CardView, CircleCardsView, MyCardView } from './model.js';
import { CARD_RELATIONS } from './schema.js';
import { alertView, burdenOf, cardView, checkInViews, namesOf, NO_BURDEN, type CardRow } from './views.js';

export type NaastenCtx = Pick<AppContext, 'db' | 'audit' | 'log' | 'mail' | 'config' | 'jobs'>;

export interface CardLink {
  id: string;
  userId: string;
  relation: string;
  label: string | null;
  name: string;
  createdAt: Date;
}

const noCardHere = () => notFound({ nl: 'Er is hier geen naastenkaart voor jou.', en: 'There is no carer card for you here.' });

/** The circle members who get a card: naasten and representatives. */
export async function cardLinks(db: Db, scope: Pick<AccessScope, 'regionId' | 'clientId'>): Promise<CardLink[]> {
  const rows = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['l.id', 'l.user_id', 'l.relation', 'l.label', 'u.display_name', 'l.created_at'])
    .where('l.region_id', '=', scope.regionId)
    .where('l.client_id', '=', scope.clientId)
    .where('l.relation', 'in', CARD_RELATIONS)
    .orderBy('l.created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, userId: r.user_id, relation: r.relation, label: r.label, name: r.display_name, createdAt: new Date(r.created_at) }));
}

const canEdit = (scope: AccessScope) => scope.relation === 'self' || scope.decidesAs !== null || scope.level === 'contribute';
/** The start date is the professionals' call (and the client's or their decider's). */
const canSetStart = (scope: AccessScope) => scope.relation === 'self' || scope.decidesAs !== null || (scope.relation === 'professional' && scope.level === 'contribute');

export function circleCards(ctx: NaastenCtx, actor: Actor, clientId: string, requestId: string | null): Promise<CircleCardsView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'de naastenkaarten bekijken', requestId }, async (db, scope) => {
    const links = await cardLinks(db, scope);
    const start = (await circleStarts(db, scope.regionId, [scope.clientId])).get(scope.clientId);
    if (!start) throw notFound();
    const cards = await db.selectFrom('naasten_cards').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).execute();
    const byLink = new Map(cards.map((c) => [c.link_id, c]));
    const ids = cards.map((c) => c.id);
    const [burden, checkIns, names, alerts] = await Promise.all([
      burdenOf(db, scope.regionId, ids),
      checkInViews(db, scope.regionId, ids),
      namesOf(db, scope.regionId, cards.map((c) => c.check_in_user_id)),
      db.selectFrom('naasten_alerts').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at', 'desc').execute(),
    ]);
    const today = todayInNl();
    return {
      clientId: scope.clientId,
      admittedOn: start.admittedOn,
      admittedOnSet: start.set,
      startVersion: start.version,
      deadlineDays: start.deadlineDays,
      mayEdit: canEdit(scope),
      maySetStart: canSetStart(scope),
      members: links.map((l) => {
        const card = byLink.get(l.id);
        const due = dueOn(start, l.createdAt);
        return {
          linkId: l.id,
          name: l.name,
          relation: l.relation,
          label: l.label,
          card: card ? cardView(card, card.check_in_user_id ? (names.get(card.check_in_user_id) ?? null) : null) : null,
          burden: card ? (burden.get(card.id) ?? NO_BURDEN) : NO_BURDEN,
          dueOn: due,
          overdueDays: overdueDays(due, card !== undefined, today),
          alerts: alerts.filter((a) => a.link_id === l.id).slice(0, 5).map(alertView),
          checkIns: card ? (checkIns.get(card.id) ?? []) : [],
        };
      }),
    };
  });
}

const fields = (input: CardInput) => ({
  occasions: JSON.stringify(input.occasions),
  frequency: input.frequency,
  channels: JSON.stringify(input.channels),
  roles: JSON.stringify(input.roles),
  own_story: input.ownStory,
  own_needs: input.ownNeeds,
  check_in_weeks: input.checkInWeeks,
});

interface Saved {
  row: CardRow;
  /** Set when a new rhythm starts: the first call is planned after commit. */
  rhythm: { anchor: string; weeks: number } | null;
}

async function regisseurOf(db: Db, scope: Pick<AccessScope, 'regionId' | 'clientId'>): Promise<string | null> {
  const c = await db.selectFrom('circles').select('regisseur_user_id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).executeTakeFirst();
  return c?.regisseur_user_id ?? null;
}

/**
 * One save path for the naaste and for whoever edits with them. A new or changed rhythm starts
 * today; the call goes to the professional who agreed it, or else to the regisseur.
 */
async function writeCard(trx: Db, scope: AccessScope, actor: Actor, link: CardLink, input: CardInput): Promise<Saved> {
  const current = await trx.selectFrom('naasten_cards').selectAll().where('region_id', '=', scope.regionId).where('link_id', '=', link.id).forUpdate().executeTakeFirst();
  if ((current?.version ?? 0) !== input.version) throw conflict(current ? cardView(current, null) : null);
  const rhythmChanged = input.checkInWeeks !== (current?.check_in_weeks ?? null);
  const today = todayInNl();
  const caller = scope.relation === 'professional' ? actor.userId : (current?.check_in_user_id ?? (await regisseurOf(trx, scope)));
  const rhythm = {
    check_in_anchor: input.checkInWeeks === null ? null : rhythmChanged ? today : (current?.check_in_anchor ?? today),
    check_in_user_id: input.checkInWeeks === null ? null : rhythmChanged ? caller : (current?.check_in_user_id ?? caller),
  };
  let row: CardRow | undefined;
  if (!current) {
    row = await trx
      .insertInto('naasten_cards')
      .values({ ...fields(input), ...rhythm, region_id: scope.regionId, client_id: scope.clientId, link_id: link.id, updated_by_label: actor.label })
      .onConflict((oc) => oc.column('link_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict(null);
  } else {
    row = await trx
      .updateTable('naasten_cards')
      .set({ ...fields(input), ...rhythm, version: sql`version + 1`, updated_at: new Date(), updated_by_label: actor.label })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  const started = rhythmChanged && row.check_in_weeks !== null && row.check_in_anchor !== null;
  return { row, rhythm: started ? { anchor: row.check_in_anchor!, weeks: row.check_in_weeks! } : null };
}

async function afterSave(ctx: NaastenCtx, db: Db, scope: AccessScope, saved: Saved): Promise<CardView> {
  if (saved.rhythm) await scheduleCheckIn(ctx, scope.regionId, saved.row.id, saved.rhythm.anchor, saved.rhythm.weeks);
  const names = await namesOf(db, scope.regionId, [saved.row.check_in_user_id]);
  return cardView(saved.row, saved.row.check_in_user_id ? (names.get(saved.row.check_in_user_id) ?? null) : null);
}

/** Filling in a naaste's card together with them (professional, client or decider with network rights). */
export function saveCard(ctx: NaastenCtx, actor: Actor, clientId: string, linkId: string, input: CardInput, requestId: string | null): Promise<CardView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'een naastenkaart invullen', requestId }, async (db, scope) => {
    if (!canEdit(scope)) throw forbidden();
    const link = (await cardLinks(db, scope)).find((l) => l.id === linkId.toLowerCase());
    if (!link) throw invalid('linkId', 'Deze persoon is geen naaste in deze kring.', 'This person is not a carer in this circle.');
    const saved = await db.transaction().execute((trx) => writeCard(trx, scope, actor, link, input));
    return afterSave(ctx, db, scope, saved);
  });
}

/** The actor's own card link in this circle, or 404: only naasten and representatives have one. */
export async function ownLink(db: Db, scope: AccessScope, actor: Actor): Promise<CardLink> {
  const link = (await cardLinks(db, scope)).find((l) => l.userId === actor.userId);
  if (!link) throw noCardHere();
  return link;
}

export function saveMyCard(ctx: NaastenCtx, actor: Actor, clientId: string, input: CardInput, requestId: string | null): Promise<CardView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'eigen naastenkaart invullen', requestId, check: 'membership' }, async (db, scope) => {
    const link = await ownLink(db, scope, actor);
    const saved = await db.transaction().execute((trx) => writeCard(trx, scope, actor, link, input));
    return afterSave(ctx, db, scope, saved);
  });
}

/** The naaste's own card, burden and open signal; what the client's name is, is not theirs to read here. */
export function myCard(ctx: NaastenCtx, actor: Actor, clientId: string, requestId: string | null): Promise<MyCardView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose: 'eigen naastenkaart bekijken', requestId, check: 'membership' }, async (db, scope) => {
    const link = await ownLink(db, scope, actor);
    const start = (await circleStarts(db, scope.regionId, [scope.clientId])).get(scope.clientId);
    if (!start) throw noCardHere();
    const card = await db.selectFrom('naasten_cards').selectAll().where('region_id', '=', scope.regionId).where('link_id', '=', link.id).executeTakeFirst();
    const open = await db.selectFrom('naasten_alerts').selectAll().where('region_id', '=', scope.regionId).where('link_id', '=', link.id).where('seen_at', 'is', null).executeTakeFirst();
    const names = await namesOf(db, scope.regionId, [card?.check_in_user_id ?? null]);
    const burden = card ? ((await burdenOf(db, scope.regionId, [card.id])).get(card.id) ?? NO_BURDEN) : NO_BURDEN;
    return {
      clientId: scope.clientId,
      linkId: link.id,
      relation: link.relation,
      card: card ? cardView(card, card.check_in_user_id ? (names.get(card.check_in_user_id) ?? null) : null) : null,
      burden,
      dueOn: dueOn(start, link.createdAt),
      openAlert: open ? alertView(open) : null,
    };
  });
}
