import { z } from 'zod';
import { IMPORT_MODES, IMPORT_STATUSES } from './schema.js';

/** The file travels base64-encoded in JSON, so the upload goes through the same CSRF and validation path as every form. */
export const importUpload = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes, base64; up to 5 MB. */
  file: z.string().min(1).max(7_000_000),
  mode: z.enum(IMPORT_MODES),
});
export type ImportUpload = z.infer<typeof importUpload>;

export const importProblem = z.object({ row: z.number(), column: z.string(), nl: z.string(), en: z.string() });

export const importRunView = z.object({
  id: z.string(),
  fileName: z.string(),
  mode: z.enum(IMPORT_MODES),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number(),
  checkedRows: z.number(),
  goodRows: z.number(),
  badRows: z.number(),
  createdCount: z.number(),
  updatedCount: z.number(),
  /** Row 0 is a problem of the whole run. */
  problems: z.array(importProblem),
  /** Rejected because some rows were wrong, and some were right: those can still go in. */
  canImportGood: z.boolean(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRunView = z.infer<typeof importRunView>;
