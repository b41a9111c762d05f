import { sql } from 'kysely';
import { closeContext } from '../src/platform/bootstrap.js';
import { parseOptions, positiveInt } from '../src/cli/args.js';
import { createProgress } from '../src/cli/progress.js';
import type { Db } from '../src/platform/db/database.js';
import { searchOffers } from '../src/modules/socialmap/service.js';
import { OFFER_COSTS, OFFER_KINDS, OFFER_NEEDS, ACCESS_ROUTES } from '../src/modules/socialmap/schema.js';
import type { OfferSearch } from '../src/modules/socialmap/model.js';
import { describeDatabase, openBenchContext } from './lib/bench-context.js';
import { ensureRegion } from './lib/generate.js';
import { intBetween, mulberry32, pick } from './lib/prng.js';
import { runScript } from './lib/script.js';

const HELP = `Usage: npm run bench:socialmap -- [--offers 20000] [--queries 500] [--region bench] [--seed 1]

Tops the bench region up to N fictional offers on the social map, then runs searches (words and
filters, as people use the search page) one after another and prints p50/p95 against a baseline
of the same number of "SELECT 1" round trips. Target: search p95 <= 100 ms on PostgreSQL.`;

const WORDS = ['wandelen', 'koffie', 'taal', 'schulden', 'formulieren', 'sport', 'moestuin', 'koken', 'computer', 'muziek', 'zwemmen', 'mantelzorg', 'opvoeding', 'vervoer', 'klussen', 'lezen', 'handwerken', 'fietsen', 'dansen', 'geld'];
const GROUPS = ['ouderen', 'jongeren', 'ouders', 'nieuwkomers', 'mantelzorgers', 'buurtbewoners', 'kinderen'];

function offerRow(rng: () => number, regionId: string, organisationId: string, municipalityId: string, n: number) {
  const a = pick(rng, WORDS);
  const b = pick(rng, WORDS);
  const group = pick(rng, GROUPS);
  const ageMin = rng() < 0.5 ? null : intBetween(rng, 0, 70);
  const days = [1, 2, 3, 4, 5, 6, 7].filter(() => rng() < 0.4);
  return {
    region_id: regionId,
    organisation_id: organisationId,
    title: `${a[0]!.toUpperCase()}${a.slice(1)} en ${b} voor ${group} ${n}`,
    description: `Samen ${a} en ${b}. Voor ${group} uit de buurt. Aanbod nummer ${n}, fictief voor de benchmark.`,
    kind: pick(rng, OFFER_KINDS),
    needs: JSON.stringify([pick(rng, OFFER_NEEDS), pick(rng, OFFER_NEEDS)].filter((v, i, all) => all.indexOf(v) === i)),
    target_group: group,
    age_min: ageMin,
    age_max: ageMin === null || rng() < 0.5 ? null : ageMin + intBetween(rng, 5, 50),
    // Half for the bench town, half for the whole region, as the area filter sees them.
    municipality_id: rng() < 0.5 ? municipalityId : null,
    cost: pick(rng, OFFER_COSTS),
    access_route: pick(rng, ACCESS_ROUTES),
    opening_times: JSON.stringify(Object.fromEntries(days.map((d) => [String(d), '09:00-12:00']))),
  };
}

async function topUp(db: Db, regionId: string, organisationId: string, municipalityId: string, total: number, seed: number): Promise<number> {
  const have = Number((await db.selectFrom('social_offers').select(sql<number>`count(*)`.as('n')).where('region_id', '=', regionId).executeTakeFirstOrThrow()).n);
  const rng = mulberry32(seed + have);
  const progress = createProgress((t) => process.stderr.write(t), 'offers', { tty: Boolean(process.stderr.isTTY) });
  for (let start = have; start < total; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, total - start) }, (_, i) => offerRow(rng, regionId, organisationId, municipalityId, start + i + 1));
    await db.insertInto('social_offers').values(rows).execute();
    progress.update(start + rows.length - have, total - have);
  }
  progress.finish();
  return Math.max(0, total - have);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function timeEach(n: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  return times.sort((x, y) => x - y);
}

function searchFor(rng: () => number, municipalityId: string): OfferSearch {
  const s: OfferSearch = { limit: 20, offset: 0 };
  if (rng() < 0.8) s.q = rng() < 0.5 ? pick(rng, WORDS) : `${pick(rng, WORDS).slice(0, 5)} ${pick(rng, GROUPS).slice(0, 4)}`;
  if (rng() < 0.4) s.need = pick(rng, OFFER_NEEDS);
  if (rng() < 0.3) s.age = intBetween(rng, 4, 90);
  if (rng() < 0.2) s.cost = 'gratis';
  if (rng() < 0.2) s.openToday = true;
  if (rng() < 0.25) s.municipalityId = municipalityId;
  return s;
}

async function main(argv: string[]): Promise<number> {
  const o = parseOptions(argv, { offers: { type: 'string' }, queries: { type: 'string' }, region: { type: 'string' }, seed: { type: 'string' } });
  const total = positiveInt(o.offers, 'offers', 20_000);
  const queries = positiveInt(o.queries, 'queries', 500);
  const seed = positiveInt(o.seed, 'seed', 1);
  const ctx = await openBenchContext();
  try {
    console.log(`Social map search benchmark\ndatabase: ${describeDatabase(ctx)}`);
    const { regionId, organisationId, municipalityId } = await ensureRegion(ctx.db, o.region ?? 'bench');
    const added = await topUp(ctx.db, regionId, organisationId, municipalityId, total, seed);
    console.log(`offers:   ${total} in the region (${added} added now)`);
    // Warm-up, so both sides run with warm caches and planned statements.
    const warm = mulberry32(seed + 7);
    for (let i = 0; i < 50; i++) await searchOffers(ctx.db, regionId, searchFor(warm, municipalityId));
    const baseline = await timeEach(queries, () => sql`SELECT 1`.execute(ctx.db));
    const rng = mulberry32(seed + 11);
    let found = 0;
    const search = await timeEach(queries, async () => {
      found += (await searchOffers(ctx.db, regionId, searchFor(rng, municipalityId))).offers.length;
    });
    const p95 = percentile(search, 95);
    const baseP95 = percentile(baseline, 95);
    console.log(`baseline SELECT 1   p50 ${percentile(baseline, 50).toFixed(2)} ms   p95 ${baseP95.toFixed(2)} ms`);
    console.log(`search (${queries} queries, ${found} results shown)   p50 ${percentile(search, 50).toFixed(1)} ms   p95 ${p95.toFixed(1)} ms`);
    console.log(`ratio    = ${(p95 / Math.max(baseP95, 0.001)).toFixed(1)}x the baseline round trip at p95`);
    console.log(`search_p95 = ${p95.toFixed(1)} ms   (target <= 100 ms: ${p95 <= 100 ? 'met' : 'MISSED'})`);
    console.log(`RESULT ${JSON.stringify({ db: ctx.dbh.kind, offers: total, queries, search_p50_ms: +percentile(search, 50).toFixed(1), search_p95_ms: +p95.toFixed(1), baseline_p95_ms: +baseP95.toFixed(2) })}`);
    return 0;
  } finally {
    await closeContext(ctx);
  }
}

runScript(HELP, main);
