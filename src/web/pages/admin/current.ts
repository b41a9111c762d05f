import { ORGANISATION_KINDS, type AdminUser, type Organisation } from '../../api/types';

/** The `current` record of a 409 answer, checked before it is put into a form. */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function asOrganisation(v: unknown): Organisation | null {
  if (!isRecord(v) || typeof v.name !== 'string' || typeof v.version !== 'number') return null;
  const kind = ORGANISATION_KINDS.find((k) => k === v.kind) ?? 'overig';
  return {
    id: String(v.id ?? ''),
    name: v.name,
    kind,
    municipalityId: typeof v.municipalityId === 'string' ? v.municipalityId : null,
    municipalityName: typeof v.municipalityName === 'string' ? v.municipalityName : null,
    userCount: typeof v.userCount === 'number' ? v.userCount : 0,
    version: v.version,
  };
}

/** A user as the form holds it: roles stay the strings that came back, unchecked (the server checks them). */
export type CurrentUser = Omit<AdminUser, 'roles'> & { roles: string[] };

export function asUser(v: unknown): CurrentUser | null {
  if (!isRecord(v) || typeof v.displayName !== 'string' || typeof v.version !== 'number') return null;
  return {
    id: String(v.id ?? ''),
    displayName: v.displayName,
    email: typeof v.email === 'string' ? v.email : '',
    roles: Array.isArray(v.roles) ? v.roles.filter((r): r is string => typeof r === 'string') : [],
    organisationId: typeof v.organisationId === 'string' ? v.organisationId : null,
    organisationName: typeof v.organisationName === 'string' ? v.organisationName : null,
    teamId: typeof v.teamId === 'string' ? v.teamId : null,
    teamName: typeof v.teamName === 'string' ? v.teamName : null,
    status: v.status === 'disabled' ? 'disabled' : 'active',
    mfaEnabled: v.mfaEnabled === true,
    lastLoginAt: typeof v.lastLoginAt === 'string' ? v.lastLoginAt : null,
    version: v.version,
  };
}
