import { sql } from 'kysely';
import { closeContext } from '../src/platform/bootstrap.js';
import type { AppContext } from '../src/platform/context.js';
import { findRegion } from '../src/modules/accounts/service.js';
import { createSession } from '../src/modules/auth/service.js';
import { buildApp } from '../src/server/app.js';
import { sessionCookieName } from '../src/server/auth.js';
import { parseOptions, positiveInt } from '../src/cli/args.js';
import { UsageError } from '../src/cli/errors.js';
import { runScript } from './lib/script.js';
import { createProgress } from '../src/cli/progress.js';
import { startBareApp } from './lib/bare-app.js';
import { openBenchContext } from './lib/bench-context.js';
import { benchProfessionalEmail } from './lib/generate.js';
import { machineInfo } from './lib/machine.js';
import { measure, type LoadSummary } from './lib/load-run.js';

const HELP = `Usage: npm run bench -- [--connections 50] [--duration 10] [--warmup 2] [--region bench] [--ids 2000]
                     [--workers 0] [--db-floor]

Runs, in one process, a bare Fastify endpoint and the real app, and loads both with autocannon:
GET /bare against GET /api/clients/:id as a bench professional (rotating over --ids of their
clients). Prints requests/s, p99 latency and app_rps / bare_rps, then checks that the access log
grew by exactly the number of successful app requests and that its hash chain verifies.
--workers n  runs the load generator in n worker threads instead of beside the servers.
--db-floor   also measures GET /bare-db (one SELECT 1 per request): the cost of a round trip.
Needs bench data first: npm run bench:data -- --clients 10000`;

const TARGET_RATIO = 0.25;
const TARGET_P99_MS = 50;

async function accessLogCount(ctx: AppContext, regionId: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM access_log WHERE region_id = ${regionId}`.execute(ctx.db);
  return r.rows[0]?.n ?? 0;
}

async function settledAccessLogCount(ctx: AppContext, regionId: string, served: () => number): Promise<number> {
  let last = { served: -1, logged: -1 };
  for (let i = 0; i < 50; i++) {
    const now = { served: served(), logged: await accessLogCount(ctx, regionId) };
    if (now.served === last.served && now.logged === last.logged) return now.logged;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last.logged;
}

async function benchProfessional(ctx: AppContext, slug: string, idLimit: number) {
  const region = await findRegion(ctx.db, slug);
  if (!region) throw new UsageError(`Region "${slug}" does not exist. Run: npm run bench:data -- --region ${slug}`);
  const user = await ctx.db.selectFrom('users').select('id').where('email', '=', benchProfessionalEmail(slug, 1)).executeTakeFirst();
  if (!user) throw new UsageError(`No bench professional in "${slug}". Run: npm run bench:data -- --region ${slug}`);
  const ids = (await ctx.db.selectFrom('client_links').select('client_id').where('user_id', '=', user.id).orderBy('client_id').limit(idLimit).execute()).map(
    (r) => r.client_id,
  );
  if (ids.length === 0) throw new UsageError(`The bench professional has no clients. Run: npm run bench:data -- --region ${slug}`);
  return { regionId: region.id, userId: user.id, ids };
}

const fmt = (s: LoadSummary) =>
  `${Math.round(s.rps).toString().padStart(7)} req/s   p50 ${String(s.p50).padStart(4)} ms   p99 ${String(s.p99).padStart(4)} ms   (${s.ok} ok, ${s.non2xx} non-2xx, ${s.errors} errors)`;

async function main(argv: string[]): Promise<number> {
  const o = parseOptions(argv, {
    connections: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    region: { type: 'string' },
    ids: { type: 'string' },
    workers: { type: 'string' },
    'db-floor': { type: 'boolean' },
  });
  const settings = {
    connections: positiveInt(o.connections, 'connections', 50),
    durationSeconds: positiveInt(o.duration, 'duration', 10),
    warmupSeconds: o.warmup === '0' ? 0 : positiveInt(o.warmup, 'warmup', 2),
    workers: o.workers === undefined || o.workers === '0' ? 0 : positiveInt(o.workers, 'workers', 0),
  };
  const slug = o.region ?? 'bench';

  const ctx = await openBenchContext();
  const bare = await startBareApp(ctx.db);
  const app = await buildApp(ctx, { serveWeb: false, logger: false });
  try {
    const machine = await machineInfo(ctx);
    const pro = await benchProfessional(ctx, slug, positiveInt(o.ids, 'ids', 2000));
    const token = await createSession(ctx.db, ctx.config, { userId: pro.userId, regionId: pro.regionId, stage: 'active' });
    // Counted by the server: autocannon drops responses still in flight when a run ends, but those
    // requests were served and logged all the same.
    let served = 0;
    app.addHook('onSend', async (req, reply) => {
      if (req.routeOptions.url === '/api/clients/:id' && reply.statusCode === 200) served += 1;
    });
    const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const headers = { cookie: `${sessionCookieName(ctx.config.secureCookies)}=${token}` };
    const paths = pro.ids.map((id) => `/api/clients/${id}`);

    console.log('Samenspel load benchmark');
    console.log(`machine:  ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}`);
    console.log(`database: ${machine.database} [${ctx.dbh.kind}]`);
    console.log(`load:     ${settings.connections} connections, ${settings.durationSeconds} s after ${settings.warmupSeconds} s warm-up, ${paths.length} client ids`);

    // One request by hand first: a broken set-up should say why, not produce a number.
    const probe = await fetch(`${appUrl}${paths[0]}`, { headers });
    if (probe.status !== 200) throw new Error(`GET ${paths[0]} answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);

    const before = await accessLogCount(ctx, pro.regionId);
    const servedBefore = served;
    console.error('measuring bare endpoint...');
    const bareResult = await measure({ url: bare.url, paths: ['/bare'] }, settings);
    const floorResult = o['db-floor'] ? (console.error('measuring one-query endpoint...'), await measure({ url: bare.url, paths: ['/bare-db'] }, settings)) : undefined;
    console.error('measuring app endpoint...');
    const appResult = await measure({ url: appUrl, paths, headers }, settings);
    // Requests whose connection autocannon already closed still run to the end (and log); wait for
    // the server to go quiet before comparing.
    await app.close();
    const after = await settledAccessLogCount(ctx, pro.regionId, () => served);

    const ratio = appResult.rps / bareResult.rps;
    console.log('');
    console.log(`bare  GET /bare             ${fmt(bareResult)}`);
    if (floorResult) console.log(`1 query GET /bare-db       ${fmt(floorResult)}`);
    console.log(`app   GET /api/clients/:id  ${fmt(appResult)}`);
    console.log('');
    console.log(`bare_rps = ${Math.round(bareResult.rps)}`);
    console.log(`app_rps  = ${Math.round(appResult.rps)}`);
    console.log(`ratio    = ${ratio.toFixed(3)}   (target >= ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'})`);
    console.log(`app_p99  = ${appResult.p99} ms   (target <= ${TARGET_P99_MS} ms: ${appResult.p99 <= TARGET_P99_MS ? 'met' : 'MISSED'})`);
    console.log(`bare_p99 = ${bareResult.p99} ms`);

    const expected = served - servedBefore;
    const grew = after - before;
    const logOk = grew === expected;
    console.log(
      `access_log: +${grew} entries for ${expected} successful app requests (${appResult.okIncludingWarmup} of them answered before autocannon stopped): ${logOk ? 'OK' : 'MISMATCH'}`,
    );
    const progress = createProgress((t) => process.stderr.write(t), 'verifying access log', { tty: Boolean(process.stderr.isTTY) });
    const verified = await ctx.audit.verify({ regionId: pro.regionId, onProgress: (d, t) => progress.update(d, t) });
    progress.finish();
    console.log(`audit.verify: ${verified.ok ? 'OK' : 'BROKEN'} (${verified.entriesChecked} entries)${verified.ok ? '' : ` ${JSON.stringify(verified.problems)}`}`);
    console.log(
      `RESULT ${JSON.stringify({
        db: ctx.dbh.kind,
        connections: settings.connections,
        duration: settings.durationSeconds,
        bare_rps: Math.round(bareResult.rps),
        app_rps: Math.round(appResult.rps),
        ratio: Number(ratio.toFixed(3)),
        bare_p99_ms: bareResult.p99,
        app_p99_ms: appResult.p99,
        ...(floorResult ? { one_query_rps: Math.round(floorResult.rps), one_query_p99_ms: floorResult.p99 } : {}),
        access_log_ok: logOk,
        audit_ok: verified.ok,
      })}`,
    );
    return logOk && verified.ok && appResult.non2xx === 0 ? 0 : 1;
  } finally {
    await app.close();
    await bare.app.close();
    await closeContext(ctx);
  }
}

runScript(HELP, main);
