import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from './database.js';

describe('embedded data directory lock', () => {
  it('refuses a second opener until the first closes', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'samenspel-lock-')), 'pglite');
    const first = await openDb({ dataDir: dir });
    await expect(openDb({ dataDir: dir })).rejects.toMatchObject({ code: 'data-dir-in-use' });
    await first.close();
    const again = await openDb({ dataDir: dir });
    await again.close();
  });
});
