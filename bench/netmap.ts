import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { parseOptions, positiveInt } from '../src/cli/args.js';
import { runScript } from './lib/script.js';

const HELP = `Usage: npm run bench:netmap -- [--persons 150] [--rounds 40] [--seed 1]

Builds the network map component into a small page, opens it in Debian Chromium (/usr/bin/chromium)
and times rendering the map with N fictional people (React commit plus the browser's layout), in
turns with the same map without people as the baseline. Prints p50/p95 of both and the ratio.
Target: p95 under 200 ms for 150 people.`;

const here = path.dirname(fileURLToPath(import.meta.url));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };

async function buildPage(): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'samenspel-netmap-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: path.join(here, 'netmap-page'),
    plugins: [react()],
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 4000 },
  });
  return outDir;
}

function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const asked = path.join(dir, path.normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, ''));
    const file = asked.endsWith(path.sep) ? path.join(asked, 'index.html') : asked;
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => server.close() })));
}

async function main(argv: string[]): Promise<number> {
  const o = parseOptions(argv, { persons: { type: 'string' }, rounds: { type: 'string' }, seed: { type: 'string' } });
  const persons = positiveInt(o.persons, 'persons', 150);
  const rounds = positiveInt(o.rounds, 'rounds', 40);
  const seed = positiveInt(o.seed, 'seed', 1);

  const dir = await buildPage();
  const site = await serve(dir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url);
    await page.waitForFunction(() => document.title === 'ready');
    const render = (n: number, s: number) => page.evaluate(([count, sd]) => (window as unknown as { renderMap: (n: number, s: number) => number }).renderMap(count, sd), [n, s] as const);
    // Warm-up: the first renders compile the code paths.
    for (let i = 0; i < 5; i += 1) {
      await render(0, seed);
      await render(persons, seed + i);
    }
    const empty: number[] = [];
    const full: number[] = [];
    // In turns, so a burst of other load on the machine hits both series alike.
    for (let i = 0; i < rounds; i += 1) {
      empty.push(await render(0, seed));
      full.push(await render(persons, seed + i));
    }
    empty.sort((a, b) => a - b);
    full.sort((a, b) => a - b);
    const f = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`machine: ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 1024 ** 3)} GiB, load ${os.loadavg()[0]?.toFixed(1)}; Chromium ${browser.version()}`);
    console.log(`empty map (baseline): p50 ${f(percentile(empty, 50))}, p95 ${f(percentile(empty, 95))}`);
    console.log(`map with ${persons} people: p50 ${f(percentile(full, 50))}, p95 ${f(percentile(full, 95))}`);
    console.log(`ratio (p50 with people / p50 empty): ${(percentile(full, 50) / Math.max(0.01, percentile(empty, 50))).toFixed(1)}`);
    const ok = percentile(full, 95) < 200;
    console.log(ok ? 'target met: p95 under 200 ms' : 'target MISSED: p95 not under 200 ms');
    return ok ? 0 : 1;
  } finally {
    await browser.close();
    site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

runScript(HELP, main);
