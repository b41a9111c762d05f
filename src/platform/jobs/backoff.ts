const BASE_MS = 5_000;
const CAP_MS = 60 * 60 * 1000;

/**
 * Delay before retry number `attempt` (1 after the first failure): 10 s, 20 s, 40 s … capped at an
 * hour. Up to 10% jitter so jobs that failed together (an SMTP outage) do not all retry in the same
 * poll and fail together again.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.min(attempt, 20));
  return Math.round(exponential * (1 + random() * 0.1));
}
