// `npm start`: install what is missing, build what changed, then migrate, seed (first run only)
// and serve. The server itself does migration and seeding, so every start path behaves the same.
import { spawn } from 'node:child_process';
import { ensureDependencies, ensureWebBuild, ROOT } from './setup.mjs';

ensureDependencies();
ensureWebBuild();

const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
