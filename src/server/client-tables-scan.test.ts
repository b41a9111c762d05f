import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Client data is read and written through platform/access. This scan lists every place outside it
 * that names a client table in a query. A new place fails the test until it either goes through
 * platform/access or is added below with the reason it is safe, so the exception is a reviewed
 * decision, never an accident. The route sweep (client-data-guard.test.ts) checks the behaviour.
 */
const CLIENT_TABLES = ['clients', 'client_links'];

const ALLOWED: Record<string, string> = {
  'src/modules/clients/routes.ts': 'reads the client only inside the withClientAccess callback, with its scoped handle',
  'src/modules/clients/service.ts': 'creates and links client records for the CLI, the demo seed and invitation acceptance; returns no client data',
  'src/modules/invitations/service.ts':
    'checks and names the client inside withClientAccess when inviting; shows the name to the invited person, which the logged share covers',
};

const ROOTS = ['src/modules', 'src/server', 'src/cli'];
const QUERY = new RegExp(
  String.raw`(selectFrom|updateTable|insertInto|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*'(${CLIENT_TABLES.join('|')})( as \w+)?'|\b(FROM|JOIN|INTO|UPDATE)\s+(${CLIENT_TABLES.join('|')})\b`,
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('client tables are queried through platform/access', () => {
  const offenders = ROOTS.flatMap(sourceFiles)
    .filter((f) => QUERY.test(readFileSync(f, 'utf8')))
    .map((f) => f.split(path.sep).join('/'));

  it('finds no query on a client table outside platform/access that is not reviewed', () => {
    expect(offenders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('keeps the list of exceptions current', () => {
    // An exception whose file no longer queries client tables must go, so the list does not grow stale.
    expect(Object.keys(ALLOWED).filter((f) => !offenders.includes(f))).toEqual([]);
  });
});
