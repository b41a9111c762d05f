import type { AppContext } from '../../platform/context.js';
import { withClientAccess, type Actor } from '../../platform/access/index.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { invite } from '../invitations/service.js';
import type { InviteInput, MemberLinkInput, PersonView } from './model.js';
import { editsMap, lockPerson, onePerson } from './persons.js';
import { personsOf } from './views.js';

type InviteCtx = Pick<AppContext, 'db' | 'config' | 'mail' | 'audit' | 'log' | 'jobs'>;

/**
 * Invites a person on the map into the circle. The invitation itself is the invitations module's
 * (who may invite, refusals, the mail without personal data); the map remembers which invitation
 * it was, and links the person to their membership once they joined (persons.ts).
 */
export function invitePerson(ctx: InviteCtx, actor: Actor, clientId: string, personId: string, input: InviteInput, requestId: string | null): Promise<PersonView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'persoon van de netwerkkaart uitgenodigd voor de kring', requestId }, async (db, scope) => {
    if (!editsMap(scope)) throw forbidden();
    const person = await personsOf(db, scope).selectAll().where('id', '=', personId).executeTakeFirst();
    if (!person) throw notFound();
    if (person.version !== input.version) throw conflict(await onePerson(db, scope, personId));
    if (person.link_id) throw invalid('email', 'Deze persoon zit al in de kring.', 'This person is in the circle already.');
    // Not inside a transaction: the invitation sends its mail, which must never wait on a lock.
    const sent = await invite(
      ctx,
      actor,
      { clientId: scope.clientId, email: input.email, displayName: person.display_name, role: input.role, relationLabel: person.relation.slice(0, 100), preset: input.preset },
      requestId,
    );
    const updated = await db
      .updateTable('network_persons')
      .set((eb) => ({ invitation_id: sent.id, updated_at: new Date(), version: eb('version', '+', 1) }))
      .where('region_id', '=', scope.regionId)
      .where('id', '=', person.id)
      .where('version', '=', person.version)
      .executeTakeFirst();
    // Changed while the invitation went out: the invitation stands; the current person is the answer.
    if (Number(updated.numUpdatedRows) === 0) throw conflict(await onePerson(db, scope, personId));
    return onePerson(db, scope, personId);
  });
}

/** Says which circle member this person on the map is (or, with null, that they are not one). */
export function linkMember(ctx: Pick<AppContext, 'db' | 'audit' | 'log'>, actor: Actor, clientId: string, personId: string, input: MemberLinkInput, requestId: string | null): Promise<PersonView> {
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'persoon op de netwerkkaart gekoppeld aan de kring', requestId }, async (db, scope) => {
    await db.transaction().execute(async (trx) => {
      const row = await lockPerson(trx, scope, personId);
      if (row.version !== input.version) throw conflict(await onePerson(trx, scope, personId));
      const linkId = input.linkId?.toLowerCase() ?? null;
      if (linkId !== null) {
        const member = await trx.selectFrom('client_links').select('id').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).where('id', '=', linkId).executeTakeFirst();
        if (!member) throw invalid('linkId', 'Dit is geen lid van de kring.', 'This is not a member of the circle.');
        const taken = await personsOf(trx, scope).select('id').where('link_id', '=', linkId).where('id', '!=', row.id).executeTakeFirst();
        if (taken) throw invalid('linkId', 'Dit lid staat al als iemand anders op de kaart.', 'This member is on the map as someone else already.');
      }
      await trx
        .updateTable('network_persons')
        .set((eb) => ({ link_id: linkId, updated_at: new Date(), version: eb('version', '+', 1) }))
        .where('region_id', '=', scope.regionId)
        .where('id', '=', row.id)
        .execute();
    });
    return onePerson(db, scope, personId);
  });
}
