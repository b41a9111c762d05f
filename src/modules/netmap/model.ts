import { z } from 'zod';
import { PRESETS } from '../consent/schema.js';
import { CLOSENESS, CONTACT_FREQUENCIES, FAMILY_KINDS, PERSON_GENDERS, PERSON_STATUSES, QUALITIES, SECTORS, SNAPSHOT_LABELS, SUPPORT_FUNCTIONS } from './schema.js';

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) && new Date(`${v}T12:00:00Z`).toISOString().startsWith(v);
const pastDay = z
  .string()
  .refine(isDay, { message: 'Use a date as yyyy-mm-dd.' })
  .refine((v) => v <= new Date().toISOString().slice(0, 10), { message: 'A birth date cannot be in the future.' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const functions = z.array(z.enum(SUPPORT_FUNCTIONS)).max(SUPPORT_FUNCTIONS.length).transform((list) => [...new Set(list)]);

/** A person on the network map, as the client tells it. */
export const personInput = z.object({
  displayName: z.string().trim().min(1).max(120),
  relation: z.string().trim().min(1).max(80),
  sector: z.enum(SECTORS),
  closeness: z.enum(CLOSENESS),
  quality: z.enum(QUALITIES).default('steunend'),
  supportGiven: functions.default([]),
  supportReceived: functions.default([]),
  contactFrequency: z.enum(CONTACT_FREQUENCIES).nullish().transform((v) => v ?? null),
  paid: z.boolean().default(false),
  status: z.enum(PERSON_STATUSES).default('actief'),
  note: optionalText(1000),
  birthDate: pastDay.nullish().transform((v) => v ?? null),
  gender: z.enum(PERSON_GENDERS).nullish().transform((v) => v ?? null),
  deceased: z.boolean().default(false),
});
export type PersonInput = z.infer<typeof personInput>;

// ---------------------------------------------------------------------------------------------
// API shapes of the map itself (routes.ts). personInput above is shared with the network intake.

const uuid = z.string().uuid();
const day = z.string().refine(isDay, { message: 'Use a date as yyyy-mm-dd.' });
const version = z.number().int().min(1);
const position = z.number().min(0).max(1).nullable();

export const clientParams = z.object({ clientId: uuid });
export const personParams = z.object({ clientId: uuid, personId: uuid });
export const familyParams = z.object({ clientId: uuid, familyId: uuid });
export const memberParams = z.object({ clientId: uuid, linkId: uuid });
export const snapshotParams = z.object({ clientId: uuid, snapshotId: uuid });
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const personEdit = personInput.extend({ version });
export type PersonEdit = z.infer<typeof personEdit>;

/** A dragged position (0..1 of the drawing), or null to let the app lay the person out again. */
export const positionInput = z.object({ posX: position, posY: position, version });
export type PositionInput = z.infer<typeof positionInput>;

/** Merge `otherId` into the person of the path; both versions as the user saw them. */
export const mergeInput = z.object({ otherId: uuid, version, otherVersion: version });
export type MergeInput = z.infer<typeof mergeInput>;

/** A null end is the client. 'ouder-van': from is a parent of to. */
export const familyInput = z.object({
  kind: z.enum(FAMILY_KINDS),
  fromPersonId: uuid.nullable(),
  toPersonId: uuid.nullable(),
});
export type FamilyInput = z.infer<typeof familyInput>;

/** Invite a person on the map into the circle; the consent rules of inviting apply. */
export const inviteInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  role: z.enum(['naaste', 'vrijwilliger', 'vertegenwoordiger']),
  preset: z.enum(PRESETS).nullable().default(null),
  version,
});
export type InviteInput = z.infer<typeof inviteInput>;

/** This person on the map is that member of the circle (or, with null, no longer linked). */
export const memberLinkInput = z.object({ linkId: uuid.nullable(), version });
export type MemberLinkInput = z.infer<typeof memberLinkInput>;

/** Puts a circle member who is not on the map yet onto it. */
export const placeMemberInput = z.object({ sector: z.enum(SECTORS), closeness: z.enum(CLOSENESS) });
export type PlaceMemberInput = z.infer<typeof placeMemberInput>;

export const snapshotInput = z.object({
  label: z.enum(SNAPSHOT_LABELS),
  takenOn: day,
  note: optionalText(500),
});
export type SnapshotInput = z.infer<typeof snapshotInput>;

/** Compare a snapshot with another one, or with the map as it is now (to omitted). */
export const diffQuery = z.object({ from: uuid, to: uuid.optional() });

export const personView = z.object({
  id: z.string(),
  displayName: z.string(),
  relation: z.string(),
  sector: z.enum(SECTORS),
  closeness: z.enum(CLOSENESS),
  quality: z.enum(QUALITIES),
  supportGiven: z.array(z.enum(SUPPORT_FUNCTIONS)),
  supportReceived: z.array(z.enum(SUPPORT_FUNCTIONS)),
  contactFrequency: z.enum(CONTACT_FREQUENCIES).nullable(),
  paid: z.boolean(),
  status: z.enum(PERSON_STATUSES),
  note: z.string().nullable(),
  birthDate: z.string().nullable(),
  gender: z.enum(PERSON_GENDERS).nullable(),
  deceased: z.boolean(),
  /** The circle member this person is, when invited and joined or linked. */
  member: z.object({ linkId: z.string(), name: z.string(), relation: z.string() }).nullable(),
  /** The invitation sent from the map, while it matters (open, or expired without joining). */
  invitation: z.object({ state: z.enum(['open', 'accepted', 'expired', 'revoked']), expiresAt: z.string() }).nullable(),
  posX: z.number().nullable(),
  posY: z.number().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PersonView = z.infer<typeof personView>;

export const familyView = z.object({ id: z.string(), kind: z.enum(FAMILY_KINDS), fromPersonId: z.string().nullable(), toPersonId: z.string().nullable() });
export type FamilyView = z.infer<typeof familyView>;

export const memberNotOnMap = z.object({ linkId: z.string(), name: z.string(), relation: z.string(), label: z.string().nullable() });
export type MemberNotOnMap = z.infer<typeof memberNotOnMap>;

/** Likely the same person twice: the same name (case and spaces aside) and no different birth date. */
export const duplicateGroup = z.object({ personIds: z.array(z.string()), displayName: z.string() });
export type DuplicateGroup = z.infer<typeof duplicateGroup>;

export const mapView = z.object({
  persons: z.array(personView),
  family: z.array(familyView),
  membersNotOnMap: z.array(memberNotOnMap),
  duplicates: z.array(duplicateGroup),
  /** The viewer may add, change and remove people (the client, whoever decides, or contribute access). */
  canEdit: z.boolean(),
  /** The viewer may invite people from the map into the circle (inviting is theirs to do). */
  canInvite: z.boolean(),
});
export type MapView = z.infer<typeof mapView>;

export const addedPerson = z.object({ person: personView, duplicates: z.array(personView) });
export type AddedPerson = z.infer<typeof addedPerson>;

export const duplicatesView = z.object({ groups: z.array(z.object({ displayName: z.string(), persons: z.array(personView) })) });
export type DuplicatesView = z.infer<typeof duplicatesView>;

export const snapshotSummary = z.object({
  id: z.string(),
  label: z.enum(SNAPSHOT_LABELS),
  takenOn: z.string(),
  note: z.string().nullable(),
  createdByLabel: z.string(),
  createdAt: z.string(),
  personCount: z.number(),
});
export type SnapshotSummary = z.infer<typeof snapshotSummary>;
export const snapshotList = z.object({ snapshots: z.array(snapshotSummary), canSave: z.boolean() });
export type SnapshotList = z.infer<typeof snapshotList>;

/** One person in a snapshot (or on the map now, for a comparison). A removed person has no name. */
export const snapshotEntry = z.object({
  personKey: z.string(),
  removed: z.boolean(),
  displayName: z.string().nullable(),
  relation: z.string(),
  sector: z.enum(SECTORS),
  closeness: z.enum(CLOSENESS),
  quality: z.enum(QUALITIES),
  supportGiven: z.array(z.enum(SUPPORT_FUNCTIONS)),
  supportReceived: z.array(z.enum(SUPPORT_FUNCTIONS)),
  contactFrequency: z.enum(CONTACT_FREQUENCIES).nullable(),
  paid: z.boolean(),
  status: z.enum(PERSON_STATUSES),
  deceased: z.boolean(),
});
export type SnapshotEntry = z.infer<typeof snapshotEntry>;
export const snapshotDetail = z.object({ snapshot: snapshotSummary, entries: z.array(snapshotEntry) });
export type SnapshotDetail = z.infer<typeof snapshotDetail>;

export const CHANGE_FIELDS = ['closeness', 'quality', 'status', 'sector', 'paid', 'contactFrequency', 'supportGiven', 'supportReceived', 'relation', 'deceased'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];
const changeValue = z.union([z.string(), z.boolean(), z.array(z.string()), z.null()]);
export const personChange = z.object({
  person: snapshotEntry,
  changes: z.array(z.object({ field: z.enum(CHANGE_FIELDS), before: changeValue, after: changeValue })),
});
export type PersonChange = z.infer<typeof personChange>;

const diffSide = z.object({ snapshot: snapshotSummary.nullable() });
export const diffView = z.object({
  from: diffSide,
  /** snapshot null: the map as it is now. */
  to: diffSide,
  came: z.array(snapshotEntry),
  went: z.array(snapshotEntry),
  changed: z.array(personChange),
  unchanged: z.number(),
  sizeBefore: z.number(),
  sizeAfter: z.number(),
});
export type DiffView = z.infer<typeof diffView>;
