// Filled in by the work on this area; kept compiling meanwhile.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LogbookTables {}
