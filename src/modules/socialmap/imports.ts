import type { Selectable } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { todayInNl } from '../../platform/access/index.js';
import { getUser, listMunicipalities } from '../accounts/service.js';
import { readCsv } from './csv-file.js';
import type { ImportRunView, ImportUpload } from './import-model.js';
import { checkRow, nameKey, type CheckedRow, type ImportLookups } from './import-rows.js';
import type { ImportProblem, SocialImportRunsTable } from './schema.js';
import { isOwner, offerColumns, visibleOffers, type Editor } from './service.js';

export const IMPORT_JOB = 'socialmap.import';
/** Progress is written after every this many checked rows. */
const PROGRESS_EVERY = 100;
const INSERT_BATCH = 250;
/** A report longer than this helps nobody; the counts stay exact. */
const MAX_PROBLEMS = 2000;

type Run = Selectable<SocialImportRunsTable>;

function toView(r: Run): ImportRunView {
  return {
    id: r.id,
    fileName: r.file_name,
    mode: r.mode,
    status: r.status,
    totalRows: r.total_rows,
    checkedRows: r.checked_rows,
    goodRows: r.good_rows,
    badRows: r.bad_rows,
    createdCount: r.created_count,
    updatedCount: r.updated_count,
    problems: r.problems,
    canImportGood: r.status === 'rejected' && r.mode === 'all' && r.good_rows > 0,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
  };
}

/** The person who started it, or the region's administrator; anyone else is told it does not exist. */
async function findRun(db: Db, editor: Editor, id: string): Promise<Run> {
  const run = await db.selectFrom('social_import_runs').selectAll().where('region_id', '=', editor.regionId).where('id', '=', id).executeTakeFirst();
  if (!run || (run.created_by !== editor.userId && !editor.roles.includes('beheerder'))) throw notFound();
  return run;
}

export async function getImport(db: Db, editor: Editor, id: string): Promise<ImportRunView> {
  return toView(await findRun(db, editor, id));
}

/**
 * Reads the file at once (encoding, separator, columns: a problem there is answered straight away)
 * and leaves checking and saving the rows to a job, whose progress the page follows.
 */
export async function startImport(ctx: Pick<AppContext, 'db' | 'jobs'>, editor: Editor, upload: ImportUpload): Promise<ImportRunView> {
  if (!isOwner(editor)) throw forbidden({ nl: 'Alleen medewerkers van een organisatie kunnen aanbod importeren.', en: 'Only staff of an organisation can import offers.' });
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(upload.file)) throw invalid('file', 'Het bestand is niet goed meegestuurd. Kies het opnieuw.', 'The file did not come through. Choose it again.');
  const rows = readCsv(Buffer.from(upload.file, 'base64'));
  const run = await ctx.db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('social_import_runs')
      .values({
        region_id: editor.regionId,
        created_by: editor.userId,
        file_name: upload.fileName,
        mode: upload.mode,
        rows: JSON.stringify(rows),
        total_rows: rows.length,
        problems: '[]',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.jobs.enqueue(IMPORT_JOB, { runId: created.id }, { regionId: editor.regionId }, trx);
    return created;
  });
  return toView(run);
}

/** After a rejected run: import its good rows after all, from the file already sent. */
export async function importGoodRows(ctx: Pick<AppContext, 'db' | 'jobs'>, editor: Editor, id: string): Promise<ImportRunView> {
  const current = await findRun(ctx.db, editor, id);
  if (!toView(current).canImportGood) throw conflict(toView(current));
  const run = await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('social_import_runs')
      .set({ mode: 'good', status: 'queued', checked_rows: 0, problems: '[]', finished_at: null })
      .where('id', '=', id)
      .where('status', '=', 'rejected')
      .where('mode', '=', 'all')
      .returningAll()
      .executeTakeFirst();
    if (updated) await ctx.jobs.enqueue(IMPORT_JOB, { runId: id }, { regionId: editor.regionId }, trx);
    return updated;
  });
  if (!run) throw conflict(toView(await findRun(ctx.db, editor, id)));
  return toView(run);
}

async function loadLookups(db: Db, regionId: string, rows: { cells: Record<string, string> }[]): Promise<ImportLookups> {
  const ids = [...new Set(rows.map((r) => (r.cells.id ?? '').toLowerCase()).filter((v) => /^[0-9a-f-]{36}$/.test(v)))];
  const [organisations, municipalities, contacts, offers] = await Promise.all([
    db.selectFrom('organisations').select(['id', 'name', 'archived_at']).where('region_id', '=', regionId).execute(),
    listMunicipalities(db, regionId),
    db.selectFrom('social_contacts').select(['id', 'organisation_id', 'name']).where('region_id', '=', regionId).execute(),
    ids.length ? visibleOffers(db, regionId).select(['o.id', 'o.organisation_id', 'o.version']).where('o.id', 'in', ids).execute() : Promise.resolve([]),
  ]);
  const contactMap = new Map<string, string | null>();
  for (const c of contacts) {
    const key = `${c.organisation_id}|${nameKey(c.name)}`;
    contactMap.set(key, contactMap.has(key) ? null : c.id);
  }
  return {
    organisations: new Map(organisations.map((o) => [nameKey(o.name), { id: o.id, archived: o.archived_at !== null }])),
    municipalities: new Map(municipalities.map((m) => [nameKey(m.name), m.id])),
    contacts: contactMap,
    offers: new Map(offers.map((o) => [o.id, { organisationId: o.organisation_id, version: o.version }])),
  };
}

/** The editor as they are now: rights taken away since the upload count. */
async function editorOf(db: Db, run: Run): Promise<Editor | null> {
  try {
    const user = await getUser(db, run.region_id, run.created_by);
    return user.status === 'active' ? { userId: user.id, regionId: run.region_id, roles: user.roles, organisationId: user.organisationId } : null;
  } catch {
    return null;
  }
}

class RowConflict extends Error {
  constructor(readonly row: number) {
    super('offer changed during import');
  }
}

const runProblem = (nl: string, en: string): ImportProblem[] => [{ row: 0, column: '', nl, en }];

/**
 * The job: check every row with the API's schema, writing progress as it goes; then either reject
 * the file (mode "all" with wrong rows) or save the good rows in one transaction, so an import is
 * never half done.
 */
export async function runImport(ctx: Pick<AppContext, 'db' | 'log'>, runId: string): Promise<void> {
  const run = await ctx.db.selectFrom('social_import_runs').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!run || ['done', 'rejected', 'failed'].includes(run.status)) return;
  const finish = (set: { status: 'rejected' | 'failed'; problems: ImportProblem[] }) =>
    ctx.db.updateTable('social_import_runs').set({ status: set.status, problems: JSON.stringify(set.problems), finished_at: new Date() }).where('id', '=', runId).execute();
  try {
    const editor = await editorOf(ctx.db, run);
    if (!editor || !isOwner(editor)) {
      await finish({ status: 'failed', problems: runProblem('Je account mag geen aanbod (meer) invoeren. Er is niets ingevoerd.', 'Your account may not (any longer) enter offers. Nothing was imported.') });
      return;
    }
    await ctx.db.updateTable('social_import_runs').set({ status: 'checking', checked_rows: 0 }).where('id', '=', runId).execute();
    const rows = run.rows;
    const lookups = await loadLookups(ctx.db, run.region_id, rows);
    const checked: CheckedRow[] = [];
    const seen = new Set<string>();
    for (const [i, row] of rows.entries()) {
      checked.push(checkRow(row, lookups, editor, seen));
      if ((i + 1) % PROGRESS_EVERY === 0 && i + 1 < rows.length) {
        await ctx.db.updateTable('social_import_runs').set({ checked_rows: i + 1 }).where('id', '=', runId).execute();
      }
    }
    const good = checked.filter((c) => c.ok);
    const problems = checked.flatMap((c) => (c.ok ? [] : c.problems)).slice(0, MAX_PROBLEMS);
    const counts = { checked_rows: rows.length, good_rows: good.length, bad_rows: checked.length - good.length, problems: JSON.stringify(problems) };
    if ((problems.length > 0 && run.mode === 'all') || good.length === 0) {
      await ctx.db.updateTable('social_import_runs').set({ ...counts, status: 'rejected', finished_at: new Date() }).where('id', '=', runId).execute();
      return;
    }
    await ctx.db.updateTable('social_import_runs').set({ ...counts, status: 'importing' }).where('id', '=', runId).execute();
    const today = todayInNl();
    await ctx.db.transaction().execute(async (trx) => {
      const creates = good.filter((c) => c.id === null);
      for (let i = 0; i < creates.length; i += INSERT_BATCH) {
        await trx
          .insertInto('social_offers')
          .values(creates.slice(i, i + INSERT_BATCH).map((c) => ({ region_id: run.region_id, ...offerColumns(c.input), up_to_date_on: today })))
          .execute();
      }
      const updates = good.filter((c) => c.id !== null);
      for (const u of updates) {
        const res = await trx
          .updateTable('social_offers')
          .set((eb) => ({ ...offerColumns(u.input), up_to_date_on: today, version: eb('version', '+', 1), updated_at: new Date() }))
          .where('region_id', '=', run.region_id)
          .where('id', '=', u.id)
          .where('version', '=', u.version)
          .where('archived_at', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) throw new RowConflict(u.row);
      }
      await trx
        .updateTable('social_import_runs')
        .set({ status: 'done', created_count: creates.length, updated_count: updates.length, rows: '[]', finished_at: new Date() })
        .where('id', '=', runId)
        .execute();
    });
  } catch (err) {
    if (err instanceof RowConflict) {
      await finish({
        status: 'rejected',
        problems: [{ row: err.row, column: 'versie', nl: 'Iemand heeft dit aanbod tijdens het importeren gewijzigd. Er is niets ingevoerd. Exporteer opnieuw en probeer het nog eens.', en: 'Someone changed this offer during the import. Nothing was imported. Export again and try once more.' }],
      });
      return;
    }
    // Only the error's name: its message may quote the file's contents.
    ctx.log.error({ runId, error: err instanceof Error ? err.name : 'unknown' }, 'social map import failed');
    await finish({ status: 'failed', problems: runProblem('Er ging iets mis bij het importeren. Er is niets ingevoerd. Probeer het later opnieuw.', 'Something went wrong during the import. Nothing was imported. Please try again later.') });
  }
}

export function registerImportJob(ctx: AppContext): void {
  ctx.jobs.register(IMPORT_JOB, async (payload) => runImport(ctx, String(payload.runId)));
}
