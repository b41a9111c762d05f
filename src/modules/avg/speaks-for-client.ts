import type { AccessScope } from '../../platform/access/index.js';

/**
 * AVG rights are the client's: exercised by the client, or by whoever decides for them today
 * (a parent for a child under 16, a curator or mentor for an adult who cannot decide).
 */
export const speaksForClient = (scope: AccessScope): boolean => scope.relation === 'self' || scope.decidesAs !== null;

export const ONLY_CLIENT_SIDE = {
  nl: 'Dit kan alleen de cliënt zelf of wie voor de cliënt beslist.',
  en: 'Only the client or whoever decides for the client can do this.',
};
