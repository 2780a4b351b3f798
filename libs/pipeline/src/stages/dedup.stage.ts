import { SCHEMA_VERSION, type DispatchEvent, type DuplicateRecord } from '@wirestream/contracts';
import {
  createDeduplicator,
  DEDUP_VERSION,
  type DedupCandidate,
  type DedupStore,
  type Deduplicator,
  type StorySettlement,
} from '@wirestream/dedup';
import { cleanDispatch, type CleanedDispatch } from '@wirestream/nlp-text';
import { toPipelineError } from '@wirestream/util';
import { normalizeRawDispatch, type ReceivedDispatch } from '../normalize-raw';
import { produced } from '../outcome';
import {
  type MessageOutcome,
  type StageBatchContext,
  type StageHandler,
  type StageInput,
} from '../stage-handler';
import { decodeSettlements, encodeSettlements } from './dedup-checkpoint';

export interface DedupStageOptions {
  readonly store: DedupStore;
  /** Agency assumed when an envelope names none. @default 'unknown' */
  readonly defaultAgency?: string;
  /** A ready deduplicator (default options); created on the first batch when absent. */
  readonly deduplicator?: Deduplicator;
}

interface Prepared {
  readonly raw: ReceivedDispatch;
  readonly cleaned: CleanedDispatch;
}

/**
 * Validates raw envelopes, cleans them, and asks the dedup decision (one store call per batch)
 * whether each is new, an update of a known story, or a duplicate to drop.
 *
 * The stories a batch's updates joined are written to the store by the next batch's call, so a
 * batch costs one round trip; until then they travel in the batch's checkpoint, committed with its
 * offsets, and whoever owns the partition next re-applies them (idempotent) after a crash.
 */
export function createDedupStage(options: DedupStageOptions): StageHandler<'dedup'> {
  const defaultAgency = options.defaultAgency ?? 'unknown';
  let deduplicator: Promise<Deduplicator> | undefined =
    options.deduplicator === undefined ? undefined : Promise.resolve(options.deduplicator);
  // Shared by the worker's partitions: one partition's settlements may ride in another's next call.
  // That is safe because settling is idempotent and each batch's own are also in its checkpoint.
  let pending: StorySettlement[] = [];
  const decide = async (candidates: DedupCandidate[], context: StageBatchContext | undefined) => {
    deduplicator ??= createDeduplicator();
    const carried = [...pending, ...decodeSettlements(context?.recovered)];
    pending = [];
    try {
      const { decisions, settlements } = await (
        await deduplicator
      ).decideBatch(candidates, options.store, carried);
      const checkpoint = encodeSettlements(settlements);
      // Too many to carry in a checkpoint (rare: dozens of updates in one batch): write them now.
      if (checkpoint === undefined && settlements.length > 0) await options.store.settle(settlements);
      else pending.push(...settlements);
      if (context !== undefined) context.checkpoint = checkpoint;
      return decisions;
    } catch (error) {
      // Not applied, or applied (idempotent): either way they go with the next call.
      pending = [...carried, ...pending];
      throw error;
    }
  };
  return {
    name: 'dedup',
    version: DEDUP_VERSION,
    usesCheckpoints: true,
    findings: (output) => (output.topic === 'duplicates' ? { duplicates: 1 } : {}),
    async handleBatch(
      messages: readonly StageInput[],
      context?: StageBatchContext,
    ): Promise<MessageOutcome<'unique' | 'duplicates'>[]> {
      const outcomes: (MessageOutcome<'unique' | 'duplicates'> | Prepared)[] = messages.map((message) => {
        try {
          const raw = normalizeRawDispatch(message.value, { defaultAgency, now: () => message.arrivedAt });
          return { raw, cleaned: cleanDispatch({ body: raw.body, headline: raw.headline }) };
        } catch (error) {
          return { ok: false, error: toPipelineError(error) };
        }
      });
      const prepared = outcomes.filter((o): o is Prepared => 'raw' in o);
      const candidates: DedupCandidate[] = prepared.map(({ raw, cleaned }) => ({
        id: raw.id,
        storyId: raw.storyId,
        agency: raw.agency,
        text: cleaned.body,
        ...(raw.version === undefined ? {} : { version: raw.version }),
        ...(raw.pubstatus === undefined ? {} : { pubstatus: raw.pubstatus }),
      }));
      // A store failure throws: the whole batch is retried, nothing is dead-lettered for it.
      const decisions = await decide(candidates, context);
      let next = 0;
      return outcomes.map((outcome) => {
        if (!('raw' in outcome)) return outcome;
        const decision = decisions[next++];
        if (decision === undefined) throw new Error('dedup returned fewer decisions than candidates');
        const { raw, cleaned } = outcome;
        const event: DispatchEvent = {
          schemaVersion: SCHEMA_VERSION,
          id: raw.id,
          agency: raw.agency,
          storyId: decision.storyId,
          receivedAt: raw.receivedAt,
          ...(cleaned.headline === undefined ? {} : { headline: cleaned.headline }),
          ...(raw.language === undefined ? {} : { language: raw.language }),
          ...(raw.version === undefined ? {} : { version: raw.version }),
          ...(raw.pubstatus === undefined ? {} : { pubstatus: raw.pubstatus }),
          clean: {
            body: cleaned.body,
            removed: cleaned.removed.map((r) => ({ kind: r.kind, text: r.text })),
            ...(cleaned.blocks.length === 0
              ? {}
              : { blocks: cleaned.blocks.map((k) => ({ start: k.start, end: k.end, role: k.role })) }),
          },
          dedup: {
            // A withdrawal that is not a repeat of one already received travels as `withdrawn`.
            status:
              decision.withdrawn === true && decision.status !== 'duplicate' ? 'withdrawn' : decision.status,
            fingerprint: decision.fingerprint,
            ...(decision.duplicateOf === undefined ? {} : { duplicateOf: decision.duplicateOf }),
            ...(decision.updateOf === undefined ? {} : { updateOf: decision.updateOf }),
            ...(decision.similarity === undefined ? {} : { similarity: decision.similarity }),
          },
          stages: [{ name: 'dedup', version: DEDUP_VERSION }],
        };
        if (decision.status === 'duplicate') {
          const record: DuplicateRecord = {
            schemaVersion: SCHEMA_VERSION,
            id: raw.id,
            agency: raw.agency,
            storyId: decision.storyId,
            receivedAt: raw.receivedAt,
            duplicateOf: decision.duplicateOf ?? decision.storyId,
            reason: decision.reason ?? 'same text',
            similarity: decision.similarity ?? 1,
            fingerprint: decision.fingerprint,
          };
          return {
            ok: true,
            outputs: [{ topic: 'duplicates', key: record.storyId, value: record }],
            dropped: event,
          };
        }
        return produced({ topic: 'unique', key: event.storyId, value: event });
      });
    },
  };
}
