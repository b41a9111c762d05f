import type { ResolvedSession } from './sessions.js';

interface Entry {
  session: ResolvedSession;
  expiresAt: number;
  fetchedAt: number;
}

/**
 * Resolved sessions kept in this process for a few seconds, so that a burst of API calls does not
 * cost a database round trip each. Every revocation in this process clears the entry at once; another
 * instance behind the same load balancer may honour a revoked session for at most the TTL (default
 * 5 s, SESSION_CACHE_SECONDS=0 turns the cache off). The idle and absolute timeouts stay exact.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = 20_000) {}

  get(id: string, ttlMs: number, now = Date.now()): ResolvedSession | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (now - e.fetchedAt >= ttlMs || now >= e.expiresAt) {
      this.entries.delete(id);
      return undefined;
    }
    return e.session;
  }

  set(session: ResolvedSession, expiresAt: Date, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: dropping the oldest keeps memory bounded without an LRU.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(session.id, { session, expiresAt: expiresAt.getTime(), fetchedAt: now });
  }

  forgetSession(id: string): void {
    this.entries.delete(id);
  }

  forgetUser(userId: string): void {
    for (const [id, e] of this.entries) if (e.session.user.id === userId) this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** One cache per process: revocations anywhere in this process must reach it. */
export const sessionCache = new SessionCache();
