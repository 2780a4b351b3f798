/** Helpers of the CPU benchmarks: process CPU time (user + system, all threads) and medians. */

const gc = (globalThis as { gc?: () => void }).gc;

/** Collects garbage between measurements when node runs with --expose-gc, so no stage pays for another's. */
export function collectGarbage(): void {
  gc?.();
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** CPU microseconds (user + system) that `work` takes, garbage of earlier work collected first. */
export async function cpuMicros(work: () => unknown): Promise<number> {
  collectGarbage();
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}
