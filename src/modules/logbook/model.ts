import { z } from 'zod';
import { ENTRY_KINDS, REACTIONS, UPDATE_KINDS } from './schema.js';

/**
 * The logbook's API shapes. Lengths are checked here; an empty text is checked in the service, so
 * the person gets a plain message naming the field rather than a schema message.
 */

export const BODY_MAX = 4000;
export const REACTION_NOTE_MAX = 2000;

export const clientParams = z.object({ clientId: z.string().uuid() });
export const entryParams = z.object({ clientId: z.string().uuid(), entryId: z.string().uuid() });

export const updateInput = z.object({
  kind: z.enum(UPDATE_KINDS),
  body: z.string().trim().max(BODY_MAX),
});
export type UpdateInput = z.infer<typeof updateInput>;

export const updateEdit = updateInput.extend({ version: z.number().int().min(1) });
export type UpdateEdit = z.infer<typeof updateEdit>;

export const reportInput = z.object({ body: z.string().trim().max(BODY_MAX) });
export type ReportInput = z.infer<typeof reportInput>;

export const reportEdit = reportInput.extend({ version: z.number().int().min(1) });
export type ReportEdit = z.infer<typeof reportEdit>;

/** "Klopt", or "klopt niet, want …" with the reason. */
export const reactionInput = z.object({
  reaction: z.enum(REACTIONS),
  note: z.string().trim().max(REACTION_NOTE_MAX).nullable().default(null),
  version: z.number().int().min(1),
});
export type ReactionInput = z.infer<typeof reactionInput>;

export const listQuery = z.object({ kind: z.enum(UPDATE_KINDS).optional() });

export const reactionView = z.object({
  reaction: z.enum(REACTIONS),
  note: z.string().nullable(),
  byLabel: z.string(),
  at: z.string(),
  /** False when the report was changed after the reaction: the client reacted on an older text. */
  onCurrentText: z.boolean(),
});

export const entryView = z.object({
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  body: z.string(),
  authorLabel: z.string(),
  /** Written by the viewer: they may change it. */
  mine: z.boolean(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  reaction: reactionView.nullable(),
  version: z.number(),
});
export type EntryView = z.infer<typeof entryView>;

export const updateList = z.object({
  entries: z.array(entryView),
  /** The viewer may write updates (the client, whoever decides, or a member who may contribute). */
  canWrite: z.boolean(),
});
export type UpdateList = z.infer<typeof updateList>;

export const reportList = z.object({
  entries: z.array(entryView),
  /** Only professionals of the circle who may contribute reports write them. */
  canWrite: z.boolean(),
  /** The client, or whoever decides for them, says whether a report is right. */
  canReact: z.boolean(),
});
export type ReportList = z.infer<typeof reportList>;
