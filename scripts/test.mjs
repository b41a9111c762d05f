// `npm test`: typecheck, lint, unit + integration tests on PGlite, the same on PostgreSQL when
// TEST_DATABASE_URL is set, then the browser tests in Debian Chromium.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDependencies, ensureWebBuild, mustRun, run, runQuietly } from './setup.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const reportDir = mkdtempSync(path.join(os.tmpdir(), 'samenspel-test-'));

function count(file, kind) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'vitest') {
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  } else {
    totals.passed += report.stats?.expected ?? 0;
    totals.failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0);
    totals.skipped += report.stats?.skipped ?? 0;
  }
}

function step(title) {
  console.log(`\n━━ ${title}`);
}

function finish(status) {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(status);
}

ensureDependencies();

// Typecheck and lint are single-threaded: side by side they use both cores.
step('Typecheck (tsc) and lint (eslint)');
const [tsc, eslint] = await Promise.all([
  runQuietly('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
  runQuietly('npx', ['eslint', '.', '--max-warnings', '0']),
]);
for (const [name, r] of [['tsc', tsc], ['eslint', eslint]]) {
  if (r.output.trim()) console.log(r.output.trim());
  if (r.status !== 0) {
    console.error(`\n✗ ${name} stopped with exit code ${r.status}`);
    process.exit(r.status);
  }
}

let failed = 0;
const vitest = (label, env) => {
  step(`Unit and integration tests on ${label} (vitest)`);
  const out = path.join(reportDir, `vitest-${label}.json`);
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { env });
  count(out, 'vitest');
  if (status !== 0) failed++;
};
vitest('pglite', { TEST_DB: 'pglite' });
if (process.env.TEST_DATABASE_URL) vitest('postgresql', { TEST_DB: 'postgres' });
else console.log('\n(TEST_DATABASE_URL is not set: the PostgreSQL run is skipped)');

if (!existsSync('/usr/bin/chromium')) {
  step('Installing Debian Chromium for the browser tests');
  console.log('Chromium ontbreekt: installeren met apt-get...');
  mustRun('apt-get', ['update', '-qq']);
  mustRun('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}
ensureWebBuild();
// Browser tests mostly wait (pages, the server, time steps of log-in codes), so the PGlite and the
// PostgreSQL run go side by side on their own ports and data directories; each prints when done.
const e2e = async (label, env) => {
  const out = path.join(reportDir, `playwright-${label}.json`);
  const r = await runQuietly('npx', ['playwright', 'test'], { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: out, ...env } });
  step(`Browser tests on ${label} (Playwright in Debian Chromium)`);
  console.log(r.output.trim());
  count(out, 'playwright');
  if (r.status !== 0) failed++;
};
const runs = [e2e('pglite', { E2E_PORT: '3100' })];
let dropE2eDb = async () => {};
if (process.env.TEST_DATABASE_URL) {
  // The same browser tests against a throw-away PostgreSQL database, seeded by the server itself.
  const { default: pg } = await import('pg');
  const name = `samenspel_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  dropE2eDb = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  runs.push(e2e('postgresql', { E2E_DATABASE_URL: url.toString(), E2E_PORT: '3101' }));
}
console.log('\nBrowser tests running (PGlite and PostgreSQL side by side; output follows when each ends)...');
try {
  await Promise.all(runs);
} finally {
  await dropE2eDb();
}

finish(failed ? 1 : 0);
