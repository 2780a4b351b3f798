import { backoffMs } from './backoff';

/** Heartbeat errors meaning this member no longer holds its partitions (kafkajs error types). */
const LEFT_GROUP = new Set(['REBALANCE_IN_PROGRESS', 'UNKNOWN_MEMBER_ID', 'ILLEGAL_GENERATION']);
/** INVALID_PRODUCER_EPOCH and PRODUCER_FENCED: a newer producer holds the transactional id. */
const FENCED_CODES = new Set([47, 90]);

/** Longest sleep between two heartbeats while a failed chunk waits for its retry. */
export const HEARTBEAT_PAUSE_MS = 500;

/** Whether an error says this member left its group, so its partitions may be someone else's. */
export function hasLeftGroup(error: unknown): boolean {
  return LEFT_GROUP.has((error as { type?: string }).type ?? '');
}

/** Whether an error says a newer producer took the transactional id over. */
export function isFenced(error: unknown): boolean {
  return FENCED_CODES.has((error as { code?: number }).code ?? 0);
}

/** What a failed chunk attempt leads to. */
export type RetryDecision =
  /** Out of the group: kafkajs gets the error and rejoins; the chunk is not retried here. */
  | { readonly retry: false }
  /** Wait this long, heartbeating, then try the same messages again. */
  | { readonly retry: true; readonly waitMs: number; readonly fenced: boolean };

/**
 * Retries are without limit: an outage never skips or dead-letters data. Fenced, another instance
 * may own the partition now, so the wait lasts at least a whole session: if this member has left
 * the group, a heartbeat during the wait says so before the next attempt.
 */
export function retryDecision(error: unknown, attempt: number, sessionTimeoutMs: number): RetryDecision {
  if (hasLeftGroup(error)) return { retry: false };
  const fenced = isFenced(error);
  const waitMs = fenced ? Math.max(sessionTimeoutMs, backoffMs(attempt)) : backoffMs(attempt);
  return { retry: true, waitMs, fenced };
}

/** Wait before the consumer is run again after its `restarts`-th crash since the last join. */
export function restartWaitMs(restarts: number): number {
  return backoffMs(restarts);
}

/** The next sleep of a heartbeating wait with `remainingMs` left. */
export function heartbeatPauseMs(remainingMs: number): number {
  return Math.min(HEARTBEAT_PAUSE_MS, remainingMs);
}
