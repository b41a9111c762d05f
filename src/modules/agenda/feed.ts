import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import { STAFF_ROLES } from '../accounts/schema.js';
import { todayInNl, type Actor } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { actorForUser } from './actor.js';
import type { AgendaCtx } from './items.js';
import type { FeedStatus, OccurrenceView } from './model.js';
import { agendaFor } from './my-agenda.js';
import { addDays } from './recurrence.js';

const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;
const PAST_DAYS = 31;
const FUTURE_DAYS = 183;

const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const feedPath = (secret: string): string => `/api/calendar/${secret}.ics`;

export async function getFeedStatus(db: Db, actor: Actor): Promise<FeedStatus> {
  const row = await db.selectFrom('calendar_feeds').select(['created_at', 'last_fetched_at']).where('user_id', '=', actor.userId).executeTakeFirst();
  return { active: row !== undefined, createdAt: row?.created_at.toISOString() ?? null, lastFetchedAt: row?.last_fetched_at?.toISOString() ?? null };
}

/**
 * A new secret address for the person's feed; an older one stops working in the same statement.
 * The secret is returned this once: only its hash is stored.
 */
export async function createFeed(db: Db, actor: Actor, publicUrl: string): Promise<{ url: string; createdAt: string }> {
  const secret = randomBytes(32).toString('base64url');
  const now = new Date();
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: actor.userId, region_id: actor.regionId, secret_hash: hashSecret(secret), created_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret_hash: hashSecret(secret), created_at: now, last_fetched_at: null }))
    .execute();
  return { url: `${publicUrl}${feedPath(secret)}`, createdAt: now.toISOString() };
}

export async function revokeFeed(db: Db, actor: Actor): Promise<void> {
  await db.deleteFrom('calendar_feeds').where('user_id', '=', actor.userId).execute();
}

const DAY = (d: string) => new Date(`${d}T00:00:00Z`);

/**
 * A feed URL works without the second factor, so for staff (whose agenda spans many clients) it
 * carries only the time and a link: no title, client, place or people. Client-side people see
 * their own circle's entries in full.
 */
function addEvent(cal: ReturnType<typeof ical>, o: OccurrenceView, clientName: string | null, link: string, minimal: boolean): void {
  const whole = o.startTime === null;
  if (minimal) {
    cal.createEvent({
      id: `${o.key}@samenspel`,
      start: whole ? DAY(o.date) : new Date(o.startsAt),
      end: whole ? DAY(addDays(o.date, 1)) : new Date(o.endsAt),
      allDay: whole,
      summary: 'Afspraak in Samenspel',
      status: o.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      url: link,
    });
    return;
  }
  cal.createEvent({
    id: `${o.key}@samenspel`,
    // Whole-day entries are dates without a time; ical-generator writes those from the UTC fields.
    start: whole ? DAY(o.date) : new Date(o.startsAt),
    end: whole ? DAY(addDays(o.date, 1)) : new Date(o.endsAt),
    allDay: whole,
    summary: clientName ? `${o.title} (${clientName})` : o.title,
    location: o.location,
    description: o.people.length > 0 ? o.people.join(', ') : null,
    status: o.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    url: link,
  });
}

/**
 * The feed behind a secret address, or null when the address is unknown (revoked, replaced, or
 * the account disabled). Consent is decided on every fetch exactly as for the agenda page: the
 * person sees now what they may see now, and each fetch is in the client's access log.
 */
export async function renderFeed(ctx: AgendaCtx, file: string, now = new Date()): Promise<string | null> {
  const secret = FEED_FILE.exec(file)?.[1];
  if (!secret) return null;
  const feed = await ctx.db.selectFrom('calendar_feeds').select(['user_id']).where('secret_hash', '=', hashSecret(secret)).executeTakeFirst();
  if (!feed) return null;
  const actor = await actorForUser(ctx.db, feed.user_id);
  if (!actor) return null;
  await ctx.db.updateTable('calendar_feeds').set({ last_fetched_at: now }).where('user_id', '=', feed.user_id).execute();
  const today = todayInNl(now);
  const agenda = await agendaFor(ctx, actor, { from: addDays(today, -PAST_DAYS), to: addDays(today, FUTURE_DAYS) }, null, 'je agenda in je eigen agenda-app');
  const link = `${ctx.config.publicUrl}/agenda`;
  const cal = ical({ name: 'Samenspel', prodId: { company: 'Samenspel', product: 'Agenda', language: 'NL' }, ttl: 60 * 60 });
  const minimal = actor.roles.some((r) => (STAFF_ROLES as readonly string[]).includes(r));
  for (const o of agenda.occurrences) addEvent(cal, o, agenda.clients.find((c) => c.id === o.clientId)?.name ?? null, link, minimal);
  return cal.toString();
}
