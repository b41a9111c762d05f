/**
 * Types of the crisis plan, continuity and toekomstplan API, as the web app uses them. Derived from
 * the server's zod models with type-only imports, so no server code ends up in the web bundle. The
 * value lists come from continuity-schema.ts, which has only type imports.
 */
import type { z } from 'zod';
import type { closureView, continuityPage, involvementView, roleInput, roleView } from '../../../modules/plan/continuity-model';
import type { crisisPersonInput, crisisPlanInput, crisisPlanPage, crisisPlanView } from '../../../modules/plan/crisis-model';
import type { dialogueInput, dialogueView, futurePage } from '../../../modules/plan/future-model';

export { FUTURE_FORMATS, PARTICIPANT_KINDS, PICTOGRAMS } from '../../../modules/plan/continuity-schema';
export type { FutureFormat, ParticipantKind, Pictogram } from '../../../modules/plan/continuity-schema';

export type CrisisPlanPageData = z.infer<typeof crisisPlanPage>;
export type CrisisPlan = z.infer<typeof crisisPlanView>;
export type CrisisPlanBody = z.input<typeof crisisPlanInput>;
export type CrisisPersonBody = z.input<typeof crisisPersonInput>;

export type ContinuityPageData = z.infer<typeof continuityPage>;
export type ContinuityMember = ContinuityPageData['members'][number];
export type Role = z.infer<typeof roleView>;
export type RoleBody = z.input<typeof roleInput>;
export type Closure = z.infer<typeof closureView>;
export type Involvement = z.infer<typeof involvementView>;

export type FuturePageData = z.infer<typeof futurePage>;
export type Dialogue = z.infer<typeof dialogueView>;
export type DialogueBody = z.input<typeof dialogueInput>;

/** "Naam (rol)" as the API writes it. */
export const memberName = (m: { name: string; label: string | null }): string => (m.label ? `${m.name} (${m.label})` : m.name);

/** One item per line, as people type lists in a text area. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
