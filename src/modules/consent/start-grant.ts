import type { Jobs } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { decisionRule, todayInNl, type Actor } from '../../platform/access/index.js';
import { proposeChange } from './decisions.js';
import { writeGrants } from './grants.js';
import { recordEvent } from './history.js';
import { NO_ACCESS, PRESET_CELLS } from './presets.js';
import type { Cells } from './schema.js';

interface Target {
  regionId: string;
  clientId: string;
  linkId: string;
  actor: Actor;
}

async function ruleOf(db: Db, regionId: string, clientId: string) {
  const c = await db.selectFrom('clients').select(['birth_date', 'decision_capacity']).where('region_id', '=', regionId).where('id', '=', clientId).executeTakeFirstOrThrow();
  return decisionRule(c.birth_date, c.decision_capacity, todayInNl());
}

/** The registering professional keeps the basis data they entered; recorded as a decision with that basis. */
export async function startRegistration(trx: Db, t: Target): Promise<void> {
  const cells: Cells = { ...NO_ACCESS, basis: 'contribute' };
  const d = await trx
    .insertInto('consent_decisions')
    .values({
      region_id: t.regionId,
      client_id: t.clientId,
      link_id: t.linkId,
      member_user_id: t.actor.userId,
      member_label: t.actor.label,
      cells: JSON.stringify(cells),
      expires_at: null,
      preset: null,
      rule: await ruleOf(trx, t.regionId, t.clientId),
      status: 'applied',
      base_version: 1,
      needs: JSON.stringify([]),
      confirmations: JSON.stringify([]),
      proposed_by: t.actor.userId,
      proposed_by_label: t.actor.label,
      decided_at: new Date(),
      note: 'aanmelding',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeGrants(trx, { regionId: t.regionId, clientId: t.clientId, linkId: t.linkId }, cells, null, d.id);
  await recordEvent(trx, {
    regionId: t.regionId,
    clientId: t.clientId,
    kind: 'consent-applied',
    actorUserId: t.actor.userId,
    actorLabel: t.actor.label,
    subjectLabel: t.actor.label,
    decisionId: d.id,
    details: { cells, basis: 'aanmelding' },
  });
}

/** Proposes the professional preset for the registering professional to whoever decides. */
export async function proposeProfessionalPreset(trx: Db, jobs: Jobs, t: Target): Promise<void> {
  await proposeChange(
    trx,
    jobs,
    {
      regionId: t.regionId,
      clientId: t.clientId,
      linkId: t.linkId,
      memberUserId: t.actor.userId,
      memberLabel: t.actor.label,
      rule: await ruleOf(trx, t.regionId, t.clientId),
      cells: { ...PRESET_CELLS.professional },
      expiresAt: null,
      preset: 'professional',
      note: null,
      baseVersion: 1,
    },
    { userId: t.actor.userId, label: t.actor.label, as: null },
    { cells: { ...NO_ACCESS, basis: 'contribute' }, expiresAt: null },
  );
}
