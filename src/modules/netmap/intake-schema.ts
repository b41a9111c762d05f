// Only type imports from libraries here: the web app may import vocabulary lists from this file.

/** Tables of this area, wired into the Database interface in src/platform/db/database.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the work on this area
export interface NetIntakeTables {}
