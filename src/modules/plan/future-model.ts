import { z } from 'zod';
import { FUTURE_FORMATS, PARTICIPANT_KINDS, PICTOGRAMS } from './continuity-schema.js';

/**
 * Toekomstplan (report 003 F6): a log of dialogues with a young person in care. The form is the
 * young person's choice, wishes may change, and what was not talked about yet is written down too.
 * What counts is that the dialogue takes place, not what a document says.
 */

export const dialogueParams = z.object({ clientId: z.string().uuid(), dialogueId: z.string().uuid() });

const line = z.string().trim().max(300);

export const dialogueInput = z.object({
  heldOn: z.string().max(10),
  participants: z.array(z.object({ name: z.string().trim().max(200), kind: z.enum(PARTICIPANT_KINDS) })).max(20),
  topicsDiscussed: z.array(line).max(30),
  topicsOpen: z.array(line).max(30),
  wishes: z.array(z.object({ text: line, changeable: z.boolean() })).max(30),
  format: z.enum(FUTURE_FORMATS),
  /** In the young person's words, for the 'tekst' form. */
  story: z
    .string()
    .trim()
    .max(5000)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v)),
  /** The pictures chosen, for the 'plaatjes' form. */
  pictograms: z.array(z.enum(PICTOGRAMS)).max(PICTOGRAMS.length).default([]),
});
export type DialogueInput = z.infer<typeof dialogueInput>;
export const dialogueUpdate = dialogueInput.extend({ version: z.number().int().min(1) });
export type DialogueUpdate = z.infer<typeof dialogueUpdate>;

export const dialogueView = z.object({
  id: z.string(),
  heldOn: z.string(),
  participants: z.array(z.object({ name: z.string(), kind: z.enum(PARTICIPANT_KINDS) })),
  topicsDiscussed: z.array(z.string()),
  topicsOpen: z.array(z.string()),
  wishes: z.array(z.object({ text: z.string(), changeable: z.boolean() })),
  format: z.enum(FUTURE_FORMATS),
  story: z.string().nullable(),
  pictograms: z.array(z.enum(PICTOGRAMS)),
  createdBy: z.string(),
  version: z.number(),
});
export type DialogueView = z.infer<typeof dialogueView>;

export const futurePage = z.object({
  /** The young person has reached the region's minimum age for a toekomstplan. */
  eligible: z.boolean(),
  minAge: z.number(),
  dialogues: z.array(dialogueView),
  canEdit: z.boolean(),
});
export type FuturePage = z.infer<typeof futurePage>;

export const settingsView = z.object({ futureMinAge: z.number(), version: z.number() });
export type SettingsView = z.infer<typeof settingsView>;
export const settingsInput = z.object({ futureMinAge: z.number().int().min(10).max(23), version: z.number().int().min(1) });
export type SettingsInput = z.infer<typeof settingsInput>;
