import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../src/platform/db/database.js';
import { createMunicipality, createOrganisation, createRegion, findRegion } from '../../src/modules/accounts/service.js';
import { INFORMATION_CATEGORIES } from '../../src/platform/audit/schema.js';
import { PRESET_CELLS } from '../../src/modules/consent/presets.js';
import { FIRST_NAMES, LAST_NAMES, STREETS, TOWN } from './names.js';

/** Bench grants share one made-up decision: the benchmark measures reads, not consent history. */
const BENCH_DECISION = '00000000-0000-4000-8000-00000000bec4';
import { intBetween, mulberry32, pick } from './prng.js';

export interface BenchDataOptions {
  regionSlug: string;
  /** Total clients the region should hold; existing ones count, so a re-run only tops up. */
  clients: number;
  professionals: number;
  batchSize: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BenchDataResult {
  regionId: string;
  created: number;
  totalClients: number;
  professionalEmails: string[];
}

export const benchProfessionalEmail = (slug: string, n: number) => `prof-${n}@${slug}.bench.test`;

const ORGANISATION = 'Wijkteam Bench';

export async function ensureRegion(db: Db, slug: string): Promise<{ regionId: string; municipalityId: string; organisationId: string }> {
  const region = (await findRegion(db, slug)) ?? (await createRegion(db, { slug, name: `Benchmark ${slug}` }));
  const m =
    (await db.selectFrom('municipalities').select('id').where('region_id', '=', region.id).where('name', '=', TOWN).executeTakeFirst()) ??
    (await createMunicipality(db, region.id, TOWN));
  const o =
    (await db.selectFrom('organisations').select('id').where('region_id', '=', region.id).where('name', '=', ORGANISATION).executeTakeFirst()) ??
    (await createOrganisation(db, region.id, { name: ORGANISATION, kind: 'wijkteam', municipalityId: m.id }));
  return { regionId: region.id, municipalityId: m.id, organisationId: o.id };
}

/**
 * Bench professionals have no password: the load test gives them a session directly, so nobody
 * can log in as one on an installation where bench data was left behind.
 */
async function ensureProfessionals(db: Db, slug: string, regionId: string, organisationId: string, count: number): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => benchProfessionalEmail(slug, i + 1));
  const existing = new Set((await db.selectFrom('users').select('email').where('email', 'in', emails).execute()).map((u) => u.email));
  const missing = emails.filter((e) => !existing.has(e));
  if (missing.length) {
    const rows = missing.map((email) => ({
      id: randomUUID(),
      region_id: regionId,
      organisation_id: organisationId,
      email,
      display_name: `Bench Professional ${email.split('@')[0]?.replace('prof-', '')}`,
      job_title: 'wijkcoach',
      password_hash: null,
    }));
    await db.insertInto('users').values(rows).execute();
    await db
      .insertInto('user_roles')
      .values(rows.map((r) => ({ user_id: r.id, region_id: regionId, role: 'professional' as const })))
      .execute();
  }
  const users = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute();
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  return emails.map((e) => byEmail.get(e) as string);
}

/** Client n's data depends only on the seed and n, so topping up later gives the same people. */
function clientRow(seed: number, n: number, regionId: string, municipalityId: string) {
  const rng = mulberry32(seed * 1_000_003 + n);
  const age = intBetween(rng, 0, 95);
  const year = new Date().getUTCFullYear() - age;
  const month = String(intBetween(rng, 1, 12)).padStart(2, '0');
  const day = String(intBetween(rng, 1, 28)).padStart(2, '0');
  const letters = 'ABCEGHJKLMNPRTVWXZ';
  return {
    id: randomUUID(),
    region_id: regionId,
    municipality_id: municipalityId,
    first_name: pick(rng, FIRST_NAMES),
    last_name: pick(rng, LAST_NAMES),
    birth_date: `${year}-${month}-${day}`,
    street: `${pick(rng, STREETS)} ${intBetween(rng, 1, 250)}`,
    postcode: `${intBetween(rng, 1000, 9999)} ${pick(rng, [...letters])}${pick(rng, [...letters])}`,
    city: TOWN,
    story: 'Fictieve cliënt voor de benchmark.',
  };
}

/**
 * Fills a bench region with clients in batches (one INSERT for the clients and one for their links
 * per batch, in a transaction). Client n is linked to professionals n mod P and n+1 mod P, so each
 * professional has about 2N/P clients.
 */
export async function generateBenchData(db: Db, o: BenchDataOptions): Promise<BenchDataResult> {
  const { regionId, municipalityId, organisationId } = await ensureRegion(db, o.regionSlug);
  const pros = await ensureProfessionals(db, o.regionSlug, regionId, organisationId, o.professionals);
  const existing = Number(
    (await db.selectFrom('clients').select(sql<number>`count(*)`.as('n')).where('region_id', '=', regionId).executeTakeFirstOrThrow()).n,
  );
  const toCreate = Math.max(0, o.clients - existing);
  o.onProgress?.(0, toCreate);
  for (let start = 0; start < toCreate; start += o.batchSize) {
    const size = Math.min(o.batchSize, toCreate - start);
    const rows = Array.from({ length: size }, (_, i) => clientRow(o.seed, existing + start + i, regionId, municipalityId));
    const links = rows.flatMap((row, i) => {
      const n = existing + start + i;
      const linked = new Set([pros[n % pros.length], pros[(n + 1) % pros.length]]);
      return [...linked].map((userId) => ({ id: randomUUID(), region_id: regionId, client_id: row.id, user_id: userId as string, relation: 'professional' as const, label: 'wijkcoach' }));
    });
    // Each professional has the professional preset, as if each client had agreed to it.
    const grants = links.flatMap((l) =>
      INFORMATION_CATEGORIES.filter((c) => PRESET_CELLS.professional[c] !== 'none').map((category) => ({
        link_id: l.id,
        category,
        region_id: regionId,
        client_id: l.client_id,
        level: PRESET_CELLS.professional[category] as 'read' | 'contribute',
        expires_at: null,
        decision_id: BENCH_DECISION,
      })),
    );
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('clients').values(rows).execute();
      await trx.insertInto('client_links').values(links).execute();
      // Seven columns per grant: chunks keep each statement under PostgreSQL's 65,535 parameters.
      for (let i = 0; i < grants.length; i += 5000) await trx.insertInto('consent_grants').values(grants.slice(i, i + 5000)).execute();
    });
    o.onProgress?.(start + size, toCreate);
  }
  return {
    regionId,
    created: toCreate,
    totalClients: existing + toCreate,
    professionalEmails: pros.map((_, i) => benchProfessionalEmail(o.regionSlug, i + 1)),
  };
}
