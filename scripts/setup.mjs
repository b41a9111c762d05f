// Shared by `npm start` and `npm test`: only Node built-ins here, because it runs before
// dependencies are installed on a fresh clone.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options, env: { ...process.env, ...(options.env ?? {}) } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/**
 * Runs a command without blocking, its output kept in a file and printed in one piece when it ends,
 * so that two runs side by side do not interleave their lines.
 */
export function runQuietly(cmd, args, options = {}) {
  const lines = [];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options, env: { ...process.env, ...(options.env ?? {}) } });
    child.stdout.on('data', (d) => lines.push(d));
    child.stderr.on('data', (d) => lines.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, output: Buffer.concat(lines).toString('utf8') }));
  });
}

export function mustRun(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} stopped with exit code ${status}`);
    process.exit(status);
  }
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  const fresh = existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
  if (fresh) return;
  console.log('Afhankelijkheden installeren (npm ci)...');
  mustRun('npm', [existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund']);
}

function hashTree(hash, dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, full);
    else if (!entry.name.endsWith('.test.ts')) hash.update(entry.name).update(readFileSync(full));
  }
}

/** Builds the web app only when its sources changed since the last build, so a second start is fast. */
export function ensureWebBuild() {
  const hash = createHash('sha256');
  hashTree(hash, path.join(ROOT, 'src', 'web'));
  for (const f of ['vite.config.ts', 'package-lock.json']) if (existsSync(path.join(ROOT, f))) hash.update(readFileSync(path.join(ROOT, f)));
  // The web app imports the vocabulary lists of the modules' schema files.
  const modules = path.join(ROOT, 'src', 'modules');
  for (const m of readdirSync(modules).sort()) {
    for (const f of readdirSync(path.join(modules, m)).sort()) if (f.endsWith('schema.ts')) hash.update(readFileSync(path.join(modules, m, f)));
  }
  const digest = hash.digest('hex');
  const stamp = path.join(ROOT, 'dist', 'web', '.build-hash');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  console.log('Web-app bouwen (vite build)...');
  mustRun('npx', ['vite', 'build', '--logLevel', 'warn']);
  writeFileSync(stamp, digest);
}
