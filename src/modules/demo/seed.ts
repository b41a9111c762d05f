import { randomUUID } from 'node:crypto';
import type { AppContext, Jobs } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { createAuditLog } from '../../platform/audit/index.js';
import { createMunicipality, createOrganisation, createRegion, createTeam, findRegion } from '../accounts/service.js';
import { hashPassword } from '../auth/passwords.js';
import { attachClientAccount, createClient } from '../clients/service.js';
import { decisionRule, todayInNl } from '../../platform/access/index.js';
import { addMember, confirmPending, defaultPreset, type DecisionActor } from '../consent/service.js';
import { accessTime, DEMO_ACCESS_HISTORY } from './access-history.js';
import { birthDateFor, DEMO_CLIENTS } from './clients.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './logins.js';
import { DEMO_MUNICIPALITIES, DEMO_ORGANISATIONS, DEMO_REGION, DEMO_TEAM } from './organisations.js';
import { DEMO_PEOPLE, demoEmail, demoPerson } from './people.js';
import type { DemoLogin } from './types.js';
import { seedPlans } from './seed-plan.js';
import { seedAgenda } from './seed-agenda.js';
import { seedLogbook } from './seed-logbook.js';
import { seedEvaluations } from './seed-evaluation.js';
import { seedContinuity } from './seed-continuity.js';
import { seedSocialMap } from './seed-socialmap.js';
import { seedVolunteers } from './seed-volunteers.js';
import { seedNetmap } from './seed-netmap.js';
import { seedNetIntake } from './seed-netintake.js';
import { seedNaasten } from './seed-naasten.js';
import { seedCareNet } from './seed-carenet.js';
import { seedCareCases } from './seed-carecases.js';
import { seedCareMinutes } from './seed-careminutes.js';

/** Each feature area adds its demo content after the people and circles exist, in this order. */
const AREA_SEEDS: readonly ((trx: Db, ids: SeededIds, today: Date) => Promise<void>)[] = [seedPlans, seedAgenda, seedLogbook, seedEvaluations, seedContinuity, seedSocialMap, seedVolunteers,
  seedNetmap, seedNetIntake, seedNaasten, seedCareNet, seedCareCases, seedCareMinutes,
];

export interface SeedDemoOptions {
  onProgress?: (done: number, total: number) => void;
  /** The day the ages are counted from; tests pin it. */
  today?: Date;
}

export interface SeededIds {
  regionId: string;
  users: Map<string, { id: string; label: string }>;
  clients: Map<string, string>;
}

const TOTAL_STEPS = 1 + DEMO_ORGANISATIONS.length + 1 + DEMO_CLIENTS.length + 1;

export const demoRegionExists = async (db: Db): Promise<boolean> => (await findRegion(db, DEMO_REGION.slug)) !== undefined;

/**
 * Creates the fictional "Regio Voorbeeld" with its organisations, people and clients, in one
 * transaction so an interrupted seed leaves nothing behind and simply runs again next time. Does
 * nothing when the region exists. Returns the demo log-ins either way.
 */
export async function seedDemo(ctx: Pick<AppContext, 'db' | 'jobs'>, options: SeedDemoOptions = {}): Promise<DemoLogin[]> {
  const logins = DEMO_LOGINS.map((l) => ({ ...l }));
  if (await demoRegionExists(ctx.db)) return logins;

  let done = 0;
  const step = () => options.onProgress?.(++done, TOTAL_STEPS);
  options.onProgress?.(0, TOTAL_STEPS);

  // argon2 is deliberately slow; all demo accounts share one password, so one hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let ids: SeededIds;
  try {
    const today = options.today ?? new Date();
    ids = await ctx.db.transaction().execute(async (trx) => {
      const seeded = await seedRows(trx, ctx.jobs, passwordHash, today, step);
      for (const seedArea of AREA_SEEDS) await seedArea(trx, seeded, today);
      return seeded;
    });
  } catch (err) {
    // Another instance seeding at the same moment wins the unique slug; its demo is as good as ours.
    if (await demoRegionExists(ctx.db)) return logins;
    throw err;
  }
  await writeAccessHistory(ctx.db, ids);
  step();
  return logins;
}

async function seedRows(trx: Db, jobs: Jobs, passwordHash: string, today: Date, step: () => void): Promise<SeededIds> {
  const { id: regionId } = await createRegion(trx, DEMO_REGION);
  const municipalities = new Map<string, string>();
  for (const name of DEMO_MUNICIPALITIES) municipalities.set(name, (await createMunicipality(trx, regionId, name)).id);
  step();

  const organisations = new Map<string, { id: string; name: string }>();
  for (const o of DEMO_ORGANISATIONS) {
    const created = await createOrganisation(trx, regionId, { name: o.name, kind: o.kind, municipalityId: lookup(municipalities, o.municipality) });
    organisations.set(o.key, { id: created.id, name: created.name });
    step();
  }
  const team = await createTeam(trx, regionId, lookup(organisations, DEMO_TEAM.organisation).id, DEMO_TEAM.name);

  const users = await insertUsers(trx, regionId, passwordHash, organisations, team.id);
  step();

  const clients = new Map<string, string>();
  for (const c of DEMO_CLIENTS) {
    const account = c.account ? lookup(users, c.account) : undefined;
    const { id } = await createClient(trx, regionId, {
      firstName: c.firstName,
      lastName: c.lastName,
      birthDate: birthDateFor(c.age, c.birthday, today),
      municipalityId: lookup(municipalities, c.municipality),
      street: c.street,
      postcode: c.postcode,
      city: c.municipality,
      email: c.account ? demoEmail(demoPerson(c.account).name) : null,
      story: c.story,
      decisionCapacity: c.decisionCapacity ?? 'able',
    });
    if (account) await attachClientAccount(trx, regionId, id, account.id);
    await seedCircle(trx, jobs, regionId, id, c, users, account ?? null, today);
    clients.set(c.key, id);
    step();
  }
  return { regionId, users, clients };
}

/**
 * Everyone in the demo circles has the preset that fits their relation, decided the way the law
 * asks: by the client, by the representative, or for a client of 12-15 by both. A client without an
 * account gave consent in person; the decision names them.
 */
async function seedCircle(
  trx: Db,
  jobs: Jobs,
  regionId: string,
  clientId: string,
  c: (typeof DEMO_CLIENTS)[number],
  users: Map<string, { id: string; label: string }>,
  account: { id: string; label: string } | null,
  today: Date,
): Promise<void> {
  const rule = decisionRule(birthDateFor(c.age, c.birthday, today), c.decisionCapacity ?? 'able', todayInNl(today));
  const name = `${c.firstName} ${c.lastName}`;
  const clientDecider: DecisionActor = { userId: account?.id ?? null, label: account?.label ?? name, as: 'client' };
  const firstRep = c.links.find((l) => l.relation === 'vertegenwoordiger');
  const repDecider: DecisionActor | null = firstRep ? { ...lookup(users, firstRep.person), userId: lookup(users, firstRep.person).id, as: 'vertegenwoordiger' } : null;
  const primary = rule === 'client' ? clientDecider : (repDecider ?? clientDecider);
  for (const link of c.links) {
    const person = lookup(users, link.person);
    const memberLabel = `${person.label.replace(/ \(.*\)$/, '')} (${link.label})`;
    const added = await addMember(trx, jobs, { regionId, clientId, userId: person.id, relation: link.relation, label: link.label, memberLabel }, primary, defaultPreset(link.relation));
    if (added.status === 'pending' && rule === 'both') await confirmPending(trx, jobs, added.linkId, clientDecider);
  }
  await trx.insertInto('circles').values({ client_id: clientId, region_id: regionId, created_by: null, regisseur_user_id: regisseurOf(c, users) }).execute();
}

/** The first professional in the demo circle keeps the overview. */
function regisseurOf(c: (typeof DEMO_CLIENTS)[number], users: Map<string, { id: string; label: string }>): string | null {
  const first = c.links.find((l) => l.relation === 'professional');
  return first ? lookup(users, first.person).id : null;
}

/** Inserted directly rather than through createUser, which would hash the same password 70 times. */
async function insertUsers(
  trx: Db,
  regionId: string,
  passwordHash: string,
  organisations: Map<string, { id: string; name: string }>,
  teamId: string,
): Promise<Map<string, { id: string; label: string }>> {
  const now = new Date();
  const users = new Map<string, { id: string; label: string }>();
  const rows = DEMO_PEOPLE.map((p) => {
    const org = p.organisation ? lookup(organisations, p.organisation) : undefined;
    const id = randomUUID();
    users.set(p.key, { id, label: org ? `${p.name} (${org.name})` : p.name });
    return {
      id,
      region_id: regionId,
      organisation_id: org?.id ?? null,
      team_id: p.inTeam ? teamId : null,
      email: demoEmail(p.name),
      display_name: p.name,
      job_title: p.jobTitle ?? null,
      phone: null,
      password_hash: passwordHash,
      password_changed_at: now,
    };
  });
  await trx.insertInto('users').values(rows).execute();
  const roles = DEMO_PEOPLE.flatMap((p) => p.roles.map((role) => ({ user_id: lookup(users, p.key).id, region_id: regionId, role })));
  await trx.insertInto('user_roles').values(roles).execute();
  return users;
}

/**
 * The shared audit writer stamps entries with the current time; these are meant to have happened
 * days ago, so a writer with its own clock appends them. It takes the same chain-head lock, so the
 * chain stays one unbroken sequence.
 */
async function writeAccessHistory(db: Db, ids: SeededIds): Promise<void> {
  const now = new Date();
  let clock = now;
  const writer = createAuditLog(db, { now: () => clock });
  try {
    const entries = [...DEMO_ACCESS_HISTORY].sort((a, b) => accessTime(a, now).getTime() - accessTime(b, now).getTime());
    for (const e of entries) {
      clock = accessTime(e, now);
      const actor = lookup(ids.users, e.actor);
      await writer.record({
        regionId: ids.regionId,
        actorUserId: actor.id,
        actorLabel: actor.label,
        clientId: lookup(ids.clients, e.client),
        category: e.category,
        action: e.action,
        purpose: e.purpose,
        requestId: null,
      });
    }
  } finally {
    await writer.close();
  }
}

function lookup<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to unknown "${key}"`);
  return value;
}
