import { sql } from 'kysely';
import { todayInNl, withClientAccess, type Actor } from '../../platform/access/index.js';
import { conflict, forbidden, invalid } from '../../platform/errors.js';
import { isRealDate } from '../consent/service.js';
import type { NaastenCtx } from './cards.js';
import { circleStarts, dayPlus } from './deadlines.js';
import type { StartInput } from './model.js';

/** The circle's start or admission date, which the naastenkaarten deadline counts from. */
export function setCircleStart(ctx: NaastenCtx, actor: Actor, clientId: string, input: StartInput, requestId: string | null): Promise<{ admittedOn: string; version: number }> {
  if (!isRealDate(input.admittedOn)) throw invalid('admittedOn', 'Deze datum bestaat niet.', 'This date does not exist.');
  if (input.admittedOn > dayPlus(todayInNl(), 366) || input.admittedOn < '2000-01-01') {
    throw invalid('admittedOn', 'Kies een datum die niet verder dan een jaar vooruit ligt.', 'Choose a date no more than a year ahead.');
  }
  return withClientAccess(ctx, actor, { clientId, category: 'netwerk', action: 'update', purpose: 'de startdatum van de kring vastleggen', requestId }, async (db, scope) => {
    if (!(scope.relation === 'self' || scope.decidesAs !== null || scope.relation === 'professional')) {
      throw forbidden({ nl: 'Alleen een professional in de kring legt de startdatum vast.', en: 'Only a professional in the circle sets the start date.' });
    }
    return db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('naasten_circle_starts').select(['admitted_on', 'version']).where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).forUpdate().executeTakeFirst();
      if ((current?.version ?? 0) !== input.version) {
        const now = (await circleStarts(trx, scope.regionId, [scope.clientId])).get(scope.clientId);
        throw conflict(now ? { admittedOn: now.admittedOn, version: now.version } : null);
      }
      const row = current
        ? await trx
            .updateTable('naasten_circle_starts')
            .set({ admitted_on: input.admittedOn, version: sql`version + 1`, set_by_label: actor.label, updated_at: new Date() })
            .where('region_id', '=', scope.regionId)
            .where('client_id', '=', scope.clientId)
            .returning(['admitted_on', 'version'])
            .executeTakeFirstOrThrow()
        : await trx
            .insertInto('naasten_circle_starts')
            .values({ region_id: scope.regionId, client_id: scope.clientId, admitted_on: input.admittedOn, set_by_label: actor.label })
            .onConflict((oc) => oc.column('client_id').doNothing())
            .returning(['admitted_on', 'version'])
            .executeTakeFirst();
      if (!row) throw conflict(null);
      return { admittedOn: row.admitted_on, version: row.version };
    });
  });
}
