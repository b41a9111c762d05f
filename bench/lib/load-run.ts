import autocannon from 'autocannon';

export interface LoadTarget {
  url: string;
  /** Rotated over, one per request, so the database does not serve one hot row. */
  paths: readonly string[];
  headers?: Record<string, string>;
}

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Load-generator worker threads; 0 runs autocannon on the main thread beside the servers. */
  workers: number;
}

export interface LoadSummary {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** Successful responses in warm-up and measurement together (both write access-log entries). */
  okIncludingWarmup: number;
}

function run(target: LoadTarget, connections: number, duration: number, workers: number): Promise<autocannon.Result> {
  // A plain list rather than a setupRequest function: functions cannot be handed to worker threads.
  return autocannon({
    url: target.url,
    connections,
    duration,
    ...(workers > 0 ? { workers } : {}),
    headers: target.headers ?? {},
    requests: target.paths.map((path) => ({ method: 'GET' as const, path })),
  });
}

/** A warm-up first so JIT, connection pools and caches are in steady state when measuring. */
export async function measure(target: LoadTarget, s: LoadSettings): Promise<LoadSummary> {
  const warm = s.warmupSeconds > 0 ? await run(target, s.connections, s.warmupSeconds, s.workers) : undefined;
  const r = await run(target, s.connections, s.durationSeconds, s.workers);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    okIncludingWarmup: r['2xx'] + (warm?.['2xx'] ?? 0),
  };
}
