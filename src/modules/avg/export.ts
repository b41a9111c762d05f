import { todayInNl, withClientAccess, type AccessContext, type Actor } from '../../platform/access/index.js';
import { INFORMATION_CATEGORIES } from '../../platform/audit/schema.js';
import type { ExportDocument } from './model.js';
import { exportSections, type ExportValue } from './sections.js';

export const EXPORT_PURPOSE = 'gegevens downloaden (AVG)';

export interface CollectedExport {
  doc: ExportDocument;
  /** For the title of the readable document. */
  subjectName: string;
  /** yyyy-mm-dd in the Netherlands, for the file name. */
  day: string;
}

/**
 * Everything stored about the client, for the client or whoever decides for them (platform/access
 * allows 'export' to no one else). The download covers every information category, so each one
 * gets its own entry in the access log; the sections are read inside the first of those accesses.
 */
export async function collectExport(ctx: AccessContext, actor: Actor, clientId: string, requestId: string | null): Promise<CollectedExport> {
  const access = (category: (typeof INFORMATION_CATEGORIES)[number]) => ({ clientId, category, action: 'export' as const, purpose: EXPORT_PURPOSE, requestId });
  const [first, ...rest] = INFORMATION_CATEGORIES;
  const now = new Date();
  const collected = await withClientAccess(ctx, actor, access(first), async (db, scope) => {
    const sections = [];
    for (const s of exportSections()) sections.push({ key: s.key, title: s.title, data: await s.collect(db, scope) });
    return { clientId: scope.clientId, sections };
  });
  // The first access settled that this actor may export; the others only add their log entries.
  await Promise.all(rest.map((category) => withClientAccess(ctx, actor, access(category), async () => undefined)));
  const client = collected.sections.find((s) => s.key === 'client')?.data;
  return {
    doc: { format: 'samenspel-gegevens/1', generatedAt: now.toISOString(), clientId: collected.clientId, sections: collected.sections },
    subjectName: nameOf(client),
    day: todayInNl(now),
  };
}

function nameOf(client: ExportValue | undefined): string {
  if (typeof client !== 'object' || client === null || Array.isArray(client)) return '';
  return [client.firstName, client.lastName].filter((p): p is string => typeof p === 'string').join(' ');
}
