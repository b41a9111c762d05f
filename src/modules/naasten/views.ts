import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { AlertView, BurdenView, CardView, CheckInView } from './model.js';
import type { NaastenAlertsTable, NaastenCardsTable } from './schema.js';

export type CardRow = Selectable<NaastenCardsTable>;
export type AlertRow = Selectable<NaastenAlertsTable>;

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function cardView(r: CardRow, checkInWith: string | null): CardView {
  return {
    id: r.id,
    linkId: r.link_id,
    occasions: r.occasions,
    frequency: r.frequency,
    channels: r.channels,
    roles: r.roles,
    ownStory: r.own_story,
    ownNeeds: r.own_needs,
    checkInWeeks: r.check_in_weeks,
    checkInWith,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    updatedBy: r.updated_by_label,
  };
}

export const alertView = (a: AlertRow): AlertView => ({ id: a.id, note: a.note, createdAt: new Date(a.created_at).toISOString(), seenAt: iso(a.seen_at), seenBy: a.seen_by_label });

/** Heavier or lighter: the last score against the mean of up to three before it, by at least one point. */
export function trendOf(scores: readonly number[]): BurdenView['trend'] {
  if (scores.length < 2) return null;
  const last = scores[scores.length - 1]!;
  const before = scores.slice(-4, -1);
  const mean = before.reduce((s, x) => s + x, 0) / before.length;
  if (last - mean >= 1) return 'zwaarder';
  if (mean - last >= 1) return 'lichter';
  return 'gelijk';
}

/** The last twelve checks per card, oldest first. */
export async function burdenOf(db: Db, regionId: string, cardIds: readonly string[]): Promise<Map<string, BurdenView>> {
  const out = new Map<string, BurdenView>();
  if (cardIds.length === 0) return out;
  const rows = await db
    .selectFrom('naasten_burden_checks')
    .select(['card_id', 'day', 'score', 'note'])
    .where('region_id', '=', regionId)
    .where('card_id', 'in', cardIds)
    .orderBy('day', 'desc')
    .execute();
  for (const id of cardIds) {
    const checks = rows
      .filter((r) => r.card_id === id)
      .slice(0, 12)
      .reverse()
      .map((r) => ({ day: r.day, score: r.score, note: r.note }));
    out.set(id, { checks, trend: trendOf(checks.map((c) => c.score)) });
  }
  return out;
}

export const NO_BURDEN: BurdenView = { checks: [], trend: null };

/** Display names of users (the professional who calls, who set a rhythm). */
export async function namesOf(db: Db, regionId: string, userIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((x): x is string => x !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('region_id', '=', regionId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export async function checkInViews(db: Db, regionId: string, cardIds: readonly string[]): Promise<Map<string, CheckInView[]>> {
  const out = new Map<string, CheckInView[]>();
  if (cardIds.length === 0) return out;
  const rows = await db
    .selectFrom('naasten_check_ins as c')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'c.professional_user_id').onRef('u.region_id', '=', 'c.region_id'))
    .select(['c.id', 'c.card_id', 'c.period_start', 'c.done_at', 'c.done_by_label', 'c.note', 'u.display_name'])
    .where('c.region_id', '=', regionId)
    .where('c.card_id', 'in', cardIds)
    .orderBy('c.period_start', 'desc')
    .execute();
  for (const r of rows) {
    const list = out.get(r.card_id) ?? [];
    if (list.length < 6) list.push({ id: r.id, periodStart: r.period_start, professional: r.display_name, doneAt: iso(r.done_at), doneBy: r.done_by_label, note: r.note });
    out.set(r.card_id, list);
  }
  return out;
}
