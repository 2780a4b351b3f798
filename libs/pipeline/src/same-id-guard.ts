import { type DispatchEvent, type DuplicateRecord, SCHEMA_VERSION } from '@wirestream/contracts';

/**
 * Two inputs with one id are one dispatch sent twice. On Kafka the dedup store's claim on the id
 * holds the second back; the embedded bus, whose dedup decides a chunk at once, reports it here as
 * a duplicate of the first, across chunks.
 */
export class SameIdGuard {
  private readonly seen = new Set<string>();

  /** The duplicate record and event when `event`'s id came through before, else undefined. */
  check(event: DispatchEvent): { record: DuplicateRecord; event: DispatchEvent } | undefined {
    if (!this.seen.has(event.id)) {
      this.seen.add(event.id);
      return undefined;
    }
    return {
      record: {
        schemaVersion: SCHEMA_VERSION,
        id: event.id,
        agency: event.agency,
        storyId: event.storyId,
        receivedAt: event.receivedAt,
        duplicateOf: event.id,
        reason: 'same dispatch id',
        similarity: 1,
        fingerprint: event.dedup.fingerprint,
      },
      event: {
        ...event,
        dedup: { ...event.dedup, status: 'duplicate', duplicateOf: event.id, similarity: 1 },
      },
    };
  }
}
