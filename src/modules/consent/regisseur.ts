import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { todayInNl, withClientAccess, type Actor } from '../../platform/access/index.js';
import { conflict, forbidden, invalid } from '../../platform/errors.js';
import { recordEvent } from './history.js';
import { isRealDate } from './refusals.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

export interface HandoverRequest {
  toUserId: string;
  note: string;
  handedOverOn: string;
  /** The circle's version the hand-over was written against. */
  version: number;
}

export interface HandoverRow {
  id: string;
  from: string | null;
  to: string;
  note: string;
  handedOverOn: string;
  recordedBy: string;
}

/** Who can hold the role: the client themselves or a naaste, representative or professional of the circle. */
const REGISSEUR_RELATIONS = ['naaste', 'vertegenwoordiger', 'professional'] as const;

/** The name under which this person can hold the regisseur role, or null when they cannot. */
export async function regisseurCandidate(db: Db, regionId: string, clientId: string, userId: string): Promise<{ label: string } | null> {
  const client = await db.selectFrom('clients').select(['user_id', 'first_name', 'last_name']).where('region_id', '=', regionId).where('id', '=', clientId).executeTakeFirst();
  if (client?.user_id === userId) return { label: `${client.first_name} ${client.last_name}` };
  const member = await db
    .selectFrom('client_links as l')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .select(['u.display_name', 'l.relation', 'u.status'])
    .where('l.region_id', '=', regionId)
    .where('l.client_id', '=', clientId)
    .where('l.user_id', '=', userId)
    .executeTakeFirst();
  if (!member || member.status !== 'active' || !(REGISSEUR_RELATIONS as readonly string[]).includes(member.relation)) return null;
  return { label: member.display_name };
}

/**
 * "Eén regisseur": the role passes from one person to the next with a note and the date it happened,
 * so the network knows who keeps the overview and since when. The current regisseur, the client's
 * side and the professionals of the circle may record it; two hand-overs at once race on the
 * circle's version and the second gets 409.
 */
export async function handOverRegisseur(ctx: Ctx, actor: Actor, clientId: string, input: HandoverRequest, requestId: string | null): Promise<void> {
  if (!isRealDate(input.handedOverOn)) throw invalid('handedOverOn', 'Deze datum bestaat niet.', 'This date does not exist.');
  if (input.handedOverOn > todayInNl()) throw invalid('handedOverOn', 'Leg de overdracht vast op de dag zelf of daarna.', 'Record the hand-over on the day itself or later.');
  await withClientAccess(ctx, actor, { clientId, category: 'plan', action: 'update', purpose: 'de regie overdragen', requestId }, (db, scope) =>
    db.transaction().execute(async (trx) => {
      const circle = await trx
        .selectFrom('circles as c')
        .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'c.regisseur_user_id').onRef('u.region_id', '=', 'c.region_id'))
        .select(['c.version', 'c.regisseur_user_id', 'u.display_name'])
        .where('c.region_id', '=', scope.regionId)
        .where('c.client_id', '=', scope.clientId)
        .forUpdate('c')
        .executeTakeFirst();
      const isRegisseur = circle?.regisseur_user_id === actor.userId;
      if (!isRegisseur && scope.relation !== 'self' && scope.decidesAs === null && scope.relation !== 'professional') throw forbidden();
      const currentVersion = circle?.version ?? 0;
      if (currentVersion !== input.version) {
        throw conflict({ version: currentVersion, regisseur: circle?.regisseur_user_id ? { userId: circle.regisseur_user_id, label: circle.display_name ?? '' } : null });
      }
      if (circle?.regisseur_user_id === input.toUserId) throw invalid('toUserId', 'Deze persoon is al de regisseur.', 'This person already is the regisseur.');
      const to = await regisseurCandidate(trx, scope.regionId, scope.clientId, input.toUserId);
      if (!to) throw invalid('toUserId', 'Kies de cliënt, een naaste, een vertegenwoordiger of een professional uit de kring.', 'Choose the client, a naaste, a representative or a professional from the circle.');
      await passRegisseurRole(trx, {
        regionId: scope.regionId,
        clientId: scope.clientId,
        from: circle?.regisseur_user_id ? { userId: circle.regisseur_user_id, label: circle.display_name ?? '' } : null,
        to: { userId: input.toUserId, label: to.label },
        note: input.note,
        on: input.handedOverOn,
        by: { userId: actor.userId, label: actor.label },
        circleExists: circle !== undefined,
      });
    }),
  );
}

export interface RoleHandover {
  regionId: string;
  clientId: string;
  from: { userId: string; label: string } | null;
  /** null: nobody holds the role for now (the regisseur left without a successor who can hold it). */
  to: { userId: string; label: string } | null;
  note: string;
  on: string;
  by: { userId: string | null; label: string };
  circleExists: boolean;
}

/**
 * Writes a change of regisseur inside the caller's transaction: the circle, the hand-over record and
 * the history line. Callers have checked access and the new holder (handOverRegisseur above, or a
 * professional ending their involvement).
 */
export async function passRegisseurRole(trx: Db, h: RoleHandover): Promise<void> {
  const toUserId = h.to?.userId ?? null;
  if (h.circleExists) {
    await trx.updateTable('circles').set((eb) => ({ regisseur_user_id: toUserId, version: eb('version', '+', 1) })).where('region_id', '=', h.regionId).where('client_id', '=', h.clientId).execute();
  } else {
    await trx.insertInto('circles').values({ client_id: h.clientId, region_id: h.regionId, created_by: h.by.userId, regisseur_user_id: toUserId, version: 2 }).execute();
  }
  if (!h.to) return;
  await trx
    .insertInto('regisseur_handovers')
    .values({
      region_id: h.regionId,
      client_id: h.clientId,
      from_user_id: h.from?.userId ?? null,
      from_label: h.from?.label ?? null,
      to_user_id: h.to.userId,
      to_label: h.to.label,
      note: h.note,
      handed_over_on: h.on,
      recorded_by: h.by.userId,
      recorded_by_label: h.by.label,
    })
    .execute();
  await recordEvent(trx, { regionId: h.regionId, clientId: h.clientId, kind: 'regisseur-set', actorUserId: h.by.userId, actorLabel: h.by.label, subjectLabel: h.to.label });
}

/** The hand-overs of a client's regisseur role, newest first; callers hold plan read access. */
export async function listHandovers(db: Db, regionId: string, clientId: string): Promise<HandoverRow[]> {
  const rows = await db
    .selectFrom('regisseur_handovers')
    .select(['id', 'from_label', 'to_label', 'note', 'handed_over_on', 'recorded_by_label'])
    .where('region_id', '=', regionId)
    .where('client_id', '=', clientId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, from: r.from_label, to: r.to_label, note: r.note, handedOverOn: r.handed_over_on, recordedBy: r.recorded_by_label }));
}
