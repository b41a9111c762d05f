export { createAuditLog, type AuditLogOptions } from './audit-log.js';
export { verifyChain, type VerifyOptions } from './verify.js';
export { listClientAccess, type ClientAccessEntry, type ListClientAccessOptions } from './client-access-list.js';
export { GENESIS_HASH, canonicalJson, entryHash, type ChainedFields } from './hash.js';
