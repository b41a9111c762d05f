import { z } from 'zod';
import { isIsoDay } from './meetings-time.js';
import { SIGNAL_AGE_GROUPS, SIGNAL_KINDS, SIGNAL_STATUSES } from './minutes-schema.js';

const day = z.string().refine(isIsoDay, { message: 'Use a date as yyyy-mm-dd.' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const networkParams = z.object({ networkId: z.string().uuid() });
export const signalParams = z.object({ signalId: z.string().uuid() });

export const signalInput = z.object({
  kind: z.enum(SIGNAL_KINDS),
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().min(1).max(2000),
  sourceOrgId: z.string().uuid(),
  observedOn: day,
  area: optionalText(120),
  ageGroup: z.enum(SIGNAL_AGE_GROUPS),
  followUpUserId: z.string().uuid().nullish().transform((v) => v ?? null),
  /** The author read the warning about a possible name and confirms it is not about a person. */
  confirmNoPersonalData: z.boolean().default(false),
});
export type SignalInput = z.infer<typeof signalInput>;

export const raiseInput = z.object({ version: z.number().int().min(1), note: optionalText(1000) });
export const agendaInput = z.object({ version: z.number().int().min(1), meetingId: z.string().uuid() });

export const signalView = z.object({
  id: z.string(),
  networkId: z.string(),
  networkName: z.string(),
  kind: z.enum(SIGNAL_KINDS),
  title: z.string(),
  body: z.string(),
  sourceOrgName: z.string(),
  observedOn: z.string(),
  area: z.string().nullable(),
  ageGroup: z.enum(SIGNAL_AGE_GROUPS),
  followUpName: z.string().nullable(),
  status: z.enum(SIGNAL_STATUSES),
  raisedAt: z.string().nullable(),
  raisedByName: z.string().nullable(),
  raisedNote: z.string().nullable(),
  agendaMeetingId: z.string().nullable(),
  agendaMeetingStartsAt: z.string().nullable(),
  createdByName: z.string(),
  version: z.number(),
});
export type SignalView = z.infer<typeof signalView>;

export const signalNetworkView = z.object({
  id: z.string(),
  name: z.string(),
  ageGroup: z.string(),
  area: z.string().nullable(),
  canManage: z.boolean(),
});

export const signalNetworksView = z.object({
  networks: z.array(signalNetworkView),
  /** Policy advisers and the municipality's own people see the signals raised to the municipality. */
  seesRaised: z.boolean(),
});

export const networkSignalsView = z.object({
  network: signalNetworkView,
  signals: z.array(signalView),
  people: z.array(z.object({ userId: z.string(), name: z.string(), organisation: z.string().nullable() })),
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The actor's own organisation in this network, proposed as the source. */
  myOrganisationId: z.string().nullable(),
  meetings: z.array(z.object({ id: z.string(), startsAt: z.string() })),
});
export type NetworkSignalsView = z.infer<typeof networkSignalsView>;
