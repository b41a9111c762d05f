import type { FastifyRequest } from 'fastify';

export type Locale = 'nl' | 'en';

/** The user's saved choice first, then the browser's; Dutch when in doubt. */
export function requestLocale(req: FastifyRequest): Locale {
  const saved = req.auth?.user.locale;
  if (saved) return saved;
  const header = req.headers['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header.trim()) ? 'en' : 'nl';
}
