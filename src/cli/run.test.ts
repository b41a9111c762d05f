import { describe, expect, it } from 'vitest';
import { captureIO } from './test-support.js';
import { COMMANDS } from './commands/index.js';
import { createProgress } from './progress.js';
import { randomPassword } from './random-password.js';
import { checkPasswordPolicy } from '../modules/auth/passwords.js';

// None of these reach a database: usage is checked before anything is opened.
const io = () => captureIO({ NODE_ENV: 'test', DATA_DIR: '/nonexistent-samenspel-test' });

describe('runCli', () => {
  it('lists every command without arguments or with --help', async () => {
    for (const argv of [[], ['--help']]) {
      const c = io();
      expect(await c.run(argv)).toBe(0);
      for (const command of COMMANDS) expect(c.out.join('\n')).toContain(command.path.join(' '));
    }
  });

  it('prints help for each command and exits 0', async () => {
    for (const command of COMMANDS) {
      const c = io();
      expect(await c.run([...command.path, '--help'])).toBe(0);
      expect(c.out.join('\n')).toMatch(/^Usage: npm run cli -- /);
    }
  });

  it('exits 2 on an unknown command and suggests the commands of the group', async () => {
    const c = io();
    expect(await c.run(['user', 'creat'])).toBe(2);
    expect(c.err.join('\n')).toContain('user create');
    expect(await io().run(['frobnicate'])).toBe(2);
  });

  it('exits 2 on missing, unknown or malformed options', async () => {
    const cases = [
      ['region', 'create', '--slug', 'x1'],
      ['region', 'create', '--slug', 'Bad Slug', '--name', 'X'],
      ['region', 'create', '--slug', 'ok', '--name', 'X', '--colour', 'red'],
      ['organisation', 'create', '--region', 'r', '--name', 'X', '--kind', 'bakery'],
      ['user', 'create', '--region', 'r', '--email', 'not-an-email', '--name', 'X', '--roles', 'naaste'],
      ['user', 'create', '--region', 'r', '--email', 'a@b.nl', '--name', 'X', '--roles', 'naaste,king'],
      ['mail', 'outbox', '--limit', '-3'],
      ['restore', '--from', 'x.tar.gz'],
    ];
    for (const argv of cases) {
      const c = io();
      expect(await c.run(argv), argv.join(' ')).toBe(2);
      expect(c.err.some((l) => l.includes('--help'))).toBe(true);
    }
  });
});

describe('progress', () => {
  it('prints a line per tenth when not on a terminal', () => {
    const lines: string[] = [];
    const p = createProgress((t) => lines.push(t), 'x', { tty: false });
    for (let i = 0; i <= 1000; i++) p.update(i, 1000);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe('x: 1000/1000 (100%)\n');
  });

  it('rewrites one line on a terminal', () => {
    const written: string[] = [];
    const p = createProgress((t) => written.push(t), 'x', { tty: true, unit: 'bytes' });
    p.update(512, 2048);
    p.finish('done');
    expect(written[0]).toBe('\rx: 512 B/2.0 KiB (25%)');
    expect(written.slice(1)).toEqual(['\n', 'x: done\n']);
  });
});

describe('randomPassword', () => {
  it('passes the password policy and differs each time', () => {
    const a = randomPassword();
    expect(a).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect(() => checkPasswordPolicy(a)).not.toThrow();
    expect(randomPassword()).not.toBe(a);
  });
});
