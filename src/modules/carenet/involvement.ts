import type { AppContext } from '../../platform/context.js';
import { involvedOrganisations, withCaseAccess, type Actor } from '../../platform/access/index.js';
import { forbidden } from '../../platform/errors.js';
import type { InvolvementView } from './case-model.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

/**
 * "Wie is er al betrokken?" for an identified case: organisations with a contact person and since
 * when, never what they do. Allowed to whoever may see who the case is about; the check is logged
 * on the client like any other look at their data.
 */
export async function checkInvolvement(ctx: Ctx, actor: Actor, caseId: string, meetingId: string | null, requestId: string | null): Promise<InvolvementView> {
  return withCaseAccess(ctx, actor, { caseId, meetingId, action: 'read', purpose: 'nagaan wie er al betrokken is (zorgnetwerk)', requestId }, async (db, scope) => {
    const c = scope.row;
    if (!scope.identifying || c.mode === 'anonymous') {
      throw forbidden({ nl: 'Dit kan alleen bij een casus met toestemming of een veiligheidsuitzondering.', en: 'Only for a case with consent or a safety exception.' });
    }
    const subject = c.client_id
      ? ({ kind: 'client', clientId: c.client_id } as const)
      : c.subject_first_name && c.subject_last_name && c.subject_birth_date
        ? ({ kind: 'subject', firstName: c.subject_first_name, lastName: c.subject_last_name, birthDate: c.subject_birth_date } as const)
        : null;
    if (!subject) return { basis: 'subject', organisations: [] };
    const found = await involvedOrganisations(db, scope.regionId, subject, c.id);
    return { basis: subject.kind, organisations: found.map((f) => ({ ...f, since: f.since.toISOString().slice(0, 10) })) };
  });
}
