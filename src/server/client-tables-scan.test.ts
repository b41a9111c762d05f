import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Client data is read and written through platform/access. Route handlers, the server and the CLI
 * never name a client table in a query: a route asks a module's service, which reads inside a
 * withClientAccess callback. A new place fails this test until it moves into a service or is added
 * below with the reason it is safe, so an exception is a reviewed decision, never an accident.
 * Services themselves are checked by behaviour: the route sweep (client-data-guard.test.ts) and the
 * authorisation matrix (authorisation-matrix.test.ts) run every route against the real API.
 */
const CLIENT_TABLES = [
  'clients',
  'client_links',
  'circles',
  'consent_grants',
  'consent_decisions',
  'circle_events',
  'consent_refusals',
  'safety_exceptions',
  'correction_requests',
  'erasure_requests',
  'agenda_items', 'agenda_item_skips', 'agenda_attendees', 'agenda_notices', 'agenda_reminders_sent',
  'logbook_entries', 'evaluations', 'evaluation_invitees', 'evaluation_goals', 'evaluation_scores', 'evaluation_agreements',
  'volunteer_requests', 'volunteer_matches', 'volunteer_match_events', 'volunteer_messages',
  'crisis_plans', 'crisis_plan_people', 'continuity_roles', 'plan_closures', 'involvement_handovers', 'future_dialogues',
  'network_persons', 'care_cases',
  'network_intakes', 'network_intake_persons', 'network_signals', 'network_signal_state',
  'network_family_links', 'network_snapshots', 'network_snapshot_entries',
  'care_case_consents', 'care_case_safety', 'care_case_coordinators', 'care_case_handovers', 'care_case_escalations', 'care_case_feedback_tasks', 'care_case_events',
  'care_minutes_items', 'care_actions',
  'naasten_circle_starts', 'naasten_cards', 'naasten_burden_checks', 'naasten_check_ins', 'naasten_alerts',
];

const ALLOWED: Record<string, string> = {};

const ROOTS = ['src/modules', 'src/server', 'src/cli'];
/** Route files of modules, and everything in the server and CLI layers. */
const inScope = (file: string) => !file.startsWith('src/modules/') || /(^|[/-])routes\.ts$/.test(file);
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
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => inScope(f) && QUERY.test(readFileSync(f, 'utf8')));

  it('scans the route files of every module', () => {
    const routeFiles = ROOTS.flatMap(sourceFiles).map((f) => f.split(path.sep).join('/')).filter((f) => f.startsWith('src/modules/') && inScope(f));
    expect(routeFiles).toEqual(expect.arrayContaining(['src/modules/clients/routes.ts', 'src/modules/consent/routes.ts', 'src/modules/invitations/routes.ts']));
  });

  it('finds no query on a client table outside platform/access that is not reviewed', () => {
    expect(offenders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('keeps the list of exceptions current', () => {
    // An exception whose file no longer queries client tables must go, so the list does not grow stale.
    expect(Object.keys(ALLOWED).filter((f) => !offenders.includes(f))).toEqual([]);
  });
});
