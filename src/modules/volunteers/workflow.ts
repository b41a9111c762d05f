import type { Jobs } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { addMember, type DecisionActor } from '../consent/service.js';
import type { Answer, MatchStatus } from './schema.js';
import { recordMatchEvent, type MatchRow } from './views.js';

/** Where each side may answer: no before the introduction is fine, yes only after meeting each other. */
export function mayAnswer(status: MatchStatus, answer: Answer, side: 'client' | 'volunteer'): boolean {
  if (status === 'introduction' || status === 'thinking') return true;
  return status === 'proposed' && answer === 'no' && side === 'volunteer';
}

/**
 * After an answer: one "no" (no reason asked) ends this try and opens the request for another
 * volunteer; two "yes" make the match, and the volunteer joins the circle with the outer-circle
 * preset, which the people who decide confirm (at once when the last yes came from one of them).
 */
export async function settle(trx: Db, jobs: Jobs, m: MatchRow, by: DecisionActor): Promise<MatchRow> {
  const now = new Date();
  const base = { regionId: m.region_id, clientId: m.client_id, requestId: m.request_id, matchId: m.id, actorLabel: by.label };
  if (m.volunteer_answer === 'no' || m.client_answer === 'no') {
    const row = await trx.updateTable('volunteer_matches').set({ status: 'declined', updated_at: now }).where('id', '=', m.id).returningAll().executeTakeFirstOrThrow();
    await trx.updateTable('volunteer_requests').set((eb) => ({ status: 'open', version: eb('version', '+', 1), updated_at: now })).where('id', '=', m.request_id).execute();
    await recordMatchEvent(trx, { ...base, kind: 'declined', details: { side: m.volunteer_answer === 'no' ? 'volunteer' : 'client' } });
    return row;
  }
  if (m.volunteer_answer !== 'yes' || m.client_answer !== 'yes') return m;
  const row = await trx.updateTable('volunteer_matches').set({ status: 'matched', matched_at: now, updated_at: now }).where('id', '=', m.id).returningAll().executeTakeFirstOrThrow();
  await trx.updateTable('volunteer_requests').set((eb) => ({ status: 'matched', version: eb('version', '+', 1), updated_at: now })).where('id', '=', m.request_id).execute();
  const already = await trx.selectFrom('client_links').select('id').where('region_id', '=', m.region_id).where('client_id', '=', m.client_id).where('user_id', '=', m.volunteer_user_id).executeTakeFirst();
  if (!already) {
    await addMember(
      trx,
      jobs,
      { regionId: m.region_id, clientId: m.client_id, userId: m.volunteer_user_id, relation: 'vrijwilliger', label: 'vrijwilliger', memberLabel: m.volunteer_label },
      by,
      'buitenkring',
    );
  }
  await recordMatchEvent(trx, { ...base, kind: 'matched' });
  return row;
}
