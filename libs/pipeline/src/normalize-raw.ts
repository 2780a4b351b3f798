import { createHash } from 'node:crypto';
import { parseRawDispatch, type RawDispatch } from '@wirestream/contracts';

/** A raw dispatch with the envelope defaults filled in, as dedup sees it. */
export interface ReceivedDispatch extends RawDispatch {
  readonly id: string;
  readonly agency: string;
  readonly storyId: string;
  readonly receivedAt: string;
}

/** Where a dispatch came from and when it arrived; the clock is passed in, never read here. */
export interface ArrivalContext {
  /** Agency to assume when the envelope names none, e.g. `file`. */
  readonly defaultAgency: string;
  readonly now: () => Date;
}

/** Default id: a hash of agency and body, so the same text from the same agency gets the same id. */
export function dispatchIdFor(agency: string, body: string): string {
  return createHash('sha256').update(agency).update('\u0000').update(body).digest('hex').slice(0, 24);
}

/** Validates an envelope and fills `id`, `agency`, `storyId` and `receivedAt` when absent. */
export function normalizeRawDispatch(value: unknown, context: ArrivalContext): ReceivedDispatch {
  const raw = parseRawDispatch(value);
  const agency = raw.agency ?? context.defaultAgency;
  const id = raw.id ?? dispatchIdFor(agency, raw.body);
  return {
    ...raw,
    id,
    agency,
    storyId: raw.storyId ?? id,
    receivedAt: raw.receivedAt ?? context.now().toISOString(),
  };
}
