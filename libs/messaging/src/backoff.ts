/** Exponential backoff without an attempt limit: outages are waited out, never given up on. */
export function backoffMs(attempt: number, initialMs = 200, maxMs = 10_000): number {
  return Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 20));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
