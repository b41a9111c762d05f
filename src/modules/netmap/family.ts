import { withClientAccess, type Actor } from '../../platform/access/index.js';
import { invalid, notFound } from '../../platform/errors.js';
import type { FamilyInput, FamilyView } from './model.js';
import type { Ctx } from './persons.js';
import type { FamilyKind } from './schema.js';
import { personsOf, toFamilyView } from './views.js';

/**
 * Partners are a pair without direction, so each pair is stored one way only: the client (null)
 * first, then by id. 'ouder-van' keeps its direction (from is the parent).
 */
export function orderedEnds(kind: FamilyKind, from: string | null, to: string | null): { from: string | null; to: string | null } {
  if (kind === 'ouder-van') return { from, to };
  if (from === null) return { from, to };
  if (to === null || to < from) return { from: to, to: from };
  return { from, to };
}

const sameLink = (kind: FamilyKind, from: string | null, to: string | null) => (l: FamilyView) => l.kind === kind && l.fromPersonId === from && l.toPersonId === to;

/** A family relation for the genogram: partner, ex-partner, or parent of (a null end is the client). */
export function addFamilyLink(ctx: Ctx, actor: Actor, clientId: string, input: FamilyInput, requestId: string | null): Promise<FamilyView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'create', purpose: 'familierelatie in het genogram gezet', requestId }, async (db, scope) => {
    const raw = { from: input.fromPersonId?.toLowerCase() ?? null, to: input.toPersonId?.toLowerCase() ?? null };
    if (raw.from === raw.to) throw invalid('toPersonId', 'Kies twee verschillende personen.', 'Choose two different people.');
    return db.transaction().execute(async (trx) => {
      const ids = [raw.from, raw.to].filter((v): v is string => v !== null);
      const found = await personsOf(trx, scope).select('id').where('id', 'in', ids).forUpdate().execute();
      for (const [field, id] of [['fromPersonId', raw.from], ['toPersonId', raw.to]] as const) {
        if (id !== null && !found.some((f) => f.id === id)) throw invalid(field, 'Deze persoon staat niet op de kaart.', 'This person is not on the map.');
      }
      const ends = orderedEnds(input.kind, raw.from, raw.to);
      const existing = (await trx.selectFrom('network_family_links').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).execute()).map(toFamilyView);
      if (existing.some(sameLink(input.kind, ends.from, ends.to))) throw invalid('kind', 'Deze relatie staat er al.', 'This relation is there already.');
      if (input.kind === 'ouder-van' && existing.some(sameLink('ouder-van', ends.to, ends.from))) {
        throw invalid('kind', 'Iemand kan niet ouder zijn van de eigen ouder.', 'Someone cannot be a parent of their own parent.');
      }
      const row = await trx
        .insertInto('network_family_links')
        .values({ region_id: scope.regionId, client_id: scope.clientId, kind: input.kind, from_person_id: ends.from, to_person_id: ends.to, created_by: actor.userId })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toFamilyView(row);
    });
  });
}

export function removeFamilyLink(ctx: Ctx, actor: Actor, clientId: string, familyId: string, requestId: string | null): Promise<void> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'delete', purpose: 'familierelatie uit het genogram gehaald', requestId }, async (db, scope) => {
    const res = await db.deleteFrom('network_family_links').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', familyId).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw notFound();
  });
}
