/**
 * Types and small rules for the owner pages of the social map (add, edit, check, import). Derived
 * from the server's zod models with type-only imports, so no server code reaches the web bundle.
 */
import type { z } from 'zod';
import type { contactView } from '../../../modules/socialmap/contact-model';
import type { importRunView } from '../../../modules/socialmap/import-model';
import type { Offer } from '../../api/socialmap-types';
import type { SessionUser } from '../../api/types';

export type Contact = z.infer<typeof contactView>;
export type ImportRun = z.infer<typeof importRunView>;
export type ImportProblem = ImportRun['problems'][number];
export interface Municipality {
  id: string;
  name: string;
}
export interface StaleList {
  offers: Offer[];
  contacts: Contact[];
}

const STAFF = ['professional', 'teamleider', 'netwerkvoorzitter', 'beheerder'];

/** Mirrors the server (socialmap/service.ts): the region's administrator, or staff of the owning organisation. */
export const mayEdit = (user: SessionUser | null, organisationId: string): boolean =>
  !!user && (user.roles.includes('beheerder') || (user.organisationId === organisationId && user.roles.some((r) => STAFF.includes(r))));

/** Someone who keeps entries: staff with an organisation, or the administrator. The API decides per entry. */
export const isOwner = (user: SessionUser | null): boolean =>
  !!user && (user.roles.includes('beheerder') || (user.organisationId !== null && user.roles.some((r) => STAFF.includes(r))));

export const isAdmin = (user: SessionUser | null): boolean => !!user && user.roles.includes('beheerder');

export const OWNER_PATH = '/sociale-kaart/beheren';
export const STALE_PATH = '/sociale-kaart/nakijken';
export const IMPORT_PATH = '/sociale-kaart/importeren';
export const NEW_OFFER_PATH = '/sociale-kaart/nieuw';
export const NEW_CONTACT_PATH = '/sociale-kaart/contactpersonen/nieuw';
export const editOfferPath = (id: string) => `/sociale-kaart/${encodeURIComponent(id)}/bewerken`;
export const editContactPath = (id: string) => `/sociale-kaart/contactpersonen/${encodeURIComponent(id)}/bewerken`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
/** The `current` of a 409, when it is an entry with an id and a version. */
export const asEntry = <T extends { id: string; version: number }>(v: unknown): T | null =>
  isRecord(v) && typeof v.id === 'string' && typeof v.version === 'number' ? (v as T) : null;

/** The file's bytes as base64, as the import API takes them. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
