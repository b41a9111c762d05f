import { todayInNl, withClientAccess, type Actor } from '../../platform/access/index.js';
import { AppError, forbidden } from '../../platform/errors.js';
import type { SessionUser } from '../auth/sessions.js';
import type { NaastenCtx } from './cards.js';
import { circleStarts, dueOn, overdueDays } from './deadlines.js';
import type { TeamDashboardView } from './model.js';
import { CARD_RELATIONS } from './schema.js';
import { getSettings } from './settings.js';

type Circle = TeamDashboardView['professionals'][number]['circles'][number];

/** Reads through platform/access and answers null where the team lead may not: the overview never fails on consent. */
async function ifAllowed<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError && (err.status === 403 || err.status === 404)) return null;
    throw err;
  }
}

/**
 * Overdue naastenkaarten across the team lead's team: per professional, per circle they work in,
 * how many days each missing card is late. The team lead is often not in the circle, so a circle is
 * "cliënt 3 van Sanne" with dates and days only; the client's name (basis) and the naasten's names
 * (netwerk) appear only where platform/access lets the team lead read them, and those reads are logged.
 */
export async function teamDashboard(ctx: NaastenCtx, user: SessionUser, actor: Actor, requestId: string | null): Promise<TeamDashboardView> {
  if (!user.roles.includes('teamleider') || user.organisationId === null) throw forbidden({ nl: 'Dit overzicht is voor teamleiders.', en: 'This overview is for team leads.' });
  const db = ctx.db;
  const me = await db.selectFrom('users').select(['team_id']).where('region_id', '=', actor.regionId).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const team = me.team_id ? await db.selectFrom('teams').select('name').where('region_id', '=', actor.regionId).where('id', '=', me.team_id).executeTakeFirst() : undefined;
  const settings = await getSettings(db, user, user.organisationId);
  const pros = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.display_name'])
    .where('u.region_id', '=', actor.regionId)
    .where('u.status', '=', 'active')
    .where('r.role', '=', 'professional')
    .$if(me.team_id !== null, (q) => q.where('u.team_id', '=', me.team_id))
    .$if(me.team_id === null, (q) => q.where('u.organisation_id', '=', user.organisationId))
    .orderBy('u.display_name')
    .execute();
  const proIds = pros.map((p) => p.id);
  const worksIn = proIds.length
    ? await db.selectFrom('client_links').select(['user_id', 'client_id']).where('region_id', '=', actor.regionId).where('relation', '=', 'professional').where('user_id', 'in', proIds).orderBy('created_at').orderBy('client_id').execute()
    : [];
  const clientIds = [...new Set(worksIn.map((w) => w.client_id))];
  const [starts, naasten, cards, mine] = await Promise.all([
    circleStarts(db, actor.regionId, clientIds),
    clientIds.length
      ? db.selectFrom('client_links').select(['id', 'client_id', 'user_id', 'created_at']).where('region_id', '=', actor.regionId).where('client_id', 'in', clientIds).where('relation', 'in', CARD_RELATIONS).orderBy('created_at').execute()
      : Promise.resolve([]),
    clientIds.length ? db.selectFrom('naasten_cards').select('link_id').where('region_id', '=', actor.regionId).where('client_id', 'in', clientIds).execute() : Promise.resolve([]),
    db.selectFrom('client_links').select('client_id').where('region_id', '=', actor.regionId).where('user_id', '=', actor.userId).execute(),
  ]);
  const done = new Set(cards.map((c) => c.link_id));
  const member = new Set(mine.map((m) => m.client_id));
  const today = todayInNl();

  // Per circle once: which cards are late, and what the team lead may read of it.
  const late = new Map<string, { linkId: string; days: number }[]>();
  for (const clientId of clientIds) {
    const start = starts.get(clientId);
    if (!start) continue;
    const list = naasten
      .filter((n) => n.client_id === clientId)
      .map((n) => ({ linkId: n.id, days: overdueDays(dueOn(start, new Date(n.created_at)), done.has(n.id), today) }))
      .filter((x) => x.days > 0);
    if (list.length) late.set(clientId, list);
  }
  const names = new Map<string, { client: string | null; naasten: Map<string, string> | null }>();
  for (const clientId of late.keys()) {
    if (!member.has(clientId)) {
      names.set(clientId, { client: null, naasten: null });
      continue;
    }
    const purpose = 'overzicht naastenkaarten van het team';
    const client = await ifAllowed(() =>
      withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'read', purpose, requestId }, async (d, scope) => {
        const c = await d.selectFrom('clients').select(['first_name', 'last_name']).where('region_id', '=', scope.regionId).where('id', '=', scope.clientId).executeTakeFirstOrThrow();
        return `${c.first_name} ${c.last_name}`;
      }),
    );
    const naasteNames = await ifAllowed(() =>
      withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'read', purpose, requestId }, async (d, scope) => {
        const rows = await d
          .selectFrom('client_links as l')
          .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
          .select(['l.id', 'u.display_name'])
          .where('l.region_id', '=', scope.regionId)
          .where('l.client_id', '=', scope.clientId)
          .execute();
        return new Map(rows.map((r) => [r.id, r.display_name]));
      }),
    );
    names.set(clientId, { client, naasten: naasteNames });
  }

  return {
    teamName: team?.name ?? settings.organisationName,
    deadlineDays: settings.deadlineDays,
    settings,
    lateCards: [...late.values()].reduce((n, list) => n + list.length, 0),
    professionals: pros
      .map((p) => {
        const theirs = worksIn.filter((w) => w.user_id === p.id).map((w) => w.client_id);
        const circles: Circle[] = [];
        theirs.forEach((clientId, i) => {
          const list = late.get(clientId);
          const start = starts.get(clientId);
          if (!list || !start) return;
          const seen = names.get(clientId);
          circles.push({
            number: i + 1,
            clientId: seen?.client ? clientId : null,
            clientName: seen?.client ?? null,
            admittedOn: start.admittedOn,
            dueOn: dueOn(start, new Date(0)),
            overdue: list.map((x) => ({ name: seen?.naasten?.get(x.linkId) ?? null, days: x.days })),
          });
        });
        return { userId: p.id, name: p.display_name, circles };
      })
      .filter((p) => p.circles.length > 0),
  };
}
