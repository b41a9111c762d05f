import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/modules/demo/logins.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every demo log-in and the demo password the seed creates', () => {
    for (const login of DEMO_LOGINS) expect(readme).toContain(`\`${login.email}\``);
    expect(readme).toContain(DEMO_PASSWORD);
  });

  it('has exactly the two quick-start commands', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Demo log-ins'));
    const commands = [...quickStart.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1]!.trim());
    expect(commands).toEqual(['npm start', 'npm test']);
  });
});
