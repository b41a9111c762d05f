import { runMemberAccessHooks } from './access-hooks.js';
import type { Jobs } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { decisionRule, todayInNl } from '../../platform/access/index.js';
import type { ClientRelation } from '../clients/schema.js';
import { proposeChange, type DecisionActor } from './decisions.js';
import { NO_ACCESS, PRESET_CELLS } from './presets.js';
import { recordEvent } from './history.js';
import { assertNotRefused } from './refusals.js';
import type { Preset } from './schema.js';

export interface NewMember {
  regionId: string;
  clientId: string;
  userId: string;
  relation: ClientRelation;
  /** The role in the circle as the client says it: "zus", "buurman", "wijkcoach". */
  label: string | null;
  /** Name and organisation as others will read it. */
  memberLabel: string;
}

/** The preset a new member starts from when nobody chose one. */
export function defaultPreset(relation: ClientRelation): Preset {
  if (relation === 'professional') return 'professional';
  if (relation === 'vrijwilliger') return 'buitenkring';
  return 'binnenkring';
}

/**
 * Adds a member to the client's circle and proposes their access. The member starts without any
 * access; the preset becomes theirs only as the people who decide agree (at once when the one who
 * added them decides, otherwise as a pending proposal).
 */
export async function addMember(trx: Db, jobs: Jobs, m: NewMember, addedBy: DecisionActor, preset: Preset | null): Promise<{ linkId: string; status: 'applied' | 'pending' | 'none' }> {
  // Every way into a circle passes here, so a refusal of the client holds whoever tries to add the person.
  const person = await trx.selectFrom('users').select(['email', 'display_name']).where('region_id', '=', m.regionId).where('id', '=', m.userId).executeTakeFirstOrThrow();
  await assertNotRefused(trx, m.regionId, m.clientId, { email: person.email, displayName: person.display_name });
  const link = await trx
    .insertInto('client_links')
    .values({ region_id: m.regionId, client_id: m.clientId, user_id: m.userId, relation: m.relation, label: m.label, added_by: addedBy.userId })
    .onConflict((oc) => oc.columns(['client_id', 'user_id']).doUpdateSet({ relation: m.relation, label: m.label }))
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  await recordEvent(trx, {
    regionId: m.regionId,
    clientId: m.clientId,
    kind: 'member-added',
    actorUserId: addedBy.userId,
    actorLabel: addedBy.label,
    subjectLabel: m.memberLabel,
    details: { relation: m.relation, label: m.label },
  });
  if (preset === null) return { linkId: link.id, status: 'none' };
  const client = await trx.selectFrom('clients').select(['birth_date', 'decision_capacity']).where('region_id', '=', m.regionId).where('id', '=', m.clientId).executeTakeFirstOrThrow();
  const rule = decisionRule(client.birth_date, client.decision_capacity, todayInNl());
  const outcome = await proposeChange(
    trx,
    jobs,
    {
      regionId: m.regionId,
      clientId: m.clientId,
      linkId: link.id,
      memberUserId: m.userId,
      memberLabel: m.memberLabel,
      rule,
      cells: { ...PRESET_CELLS[preset] },
      expiresAt: null,
      preset,
      note: null,
      baseVersion: link.version,
    },
    addedBy,
    { cells: { ...NO_ACCESS }, expiresAt: null },
  );
  return { linkId: link.id, status: outcome.status };
}

/** Removing a member ends their access at once: the grants go with the link. */
export async function removeMember(trx: Db, target: { regionId: string; clientId: string; linkId: string; memberLabel: string }, by: DecisionActor): Promise<void> {
  await trx
    .updateTable('consent_decisions')
    .set({ status: 'superseded', decided_at: new Date() })
    .where('region_id', '=', target.regionId)
    .where('link_id', '=', target.linkId)
    .where('status', '=', 'pending')
    .execute();
  await runMemberAccessHooks(trx, { regionId: target.regionId, clientId: target.clientId, linkId: target.linkId, leaving: true });
  await trx.deleteFrom('client_links').where('region_id', '=', target.regionId).where('id', '=', target.linkId).execute();
  await recordEvent(trx, {
    regionId: target.regionId,
    clientId: target.clientId,
    kind: 'member-removed',
    actorUserId: by.userId,
    actorLabel: by.label,
    subjectLabel: target.memberLabel,
  });
}
