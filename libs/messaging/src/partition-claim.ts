import { type Admin, type Kafka, type Producer } from 'kafkajs';

/**
 * What one member holds for one input partition from a claim to the next rejoin or failed commit.
 * Every transaction on the partition is committed by `producer`, whose transactional epoch was
 * initialised before `floor` was read: a later claimant (a new owner, or a zombie waking up) fences
 * it, and a claim made after ours reads our last commit. So no offset is committed twice.
 */
export interface PartitionClaim {
  /** Join generation the claim belongs to; a claim from before a rejoin is made again. */
  readonly generation: number;
  /** The partition's transactional producer (exactly-once only), its transactional epoch initialised. */
  readonly producer: Producer | undefined;
  /** Offsets below it are committed: they are never processed again under this claim. */
  floor: bigint;
  /** The checkpoint committed with `floor`, handed to the handler until this claim commits. */
  recovered: string | undefined;
  /** Whether the consumer was moved to `floor` (the batch in hand when claiming may predate it). */
  positioned: boolean;
}

export interface ClaimRequest {
  readonly kafka: Kafka;
  readonly admin: () => Promise<Admin>;
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  readonly generation: number;
  readonly exactlyOnce: boolean;
  readonly transactionTimeoutMs: number;
}

/** Transactional id of an input partition: one per partition, so that owners fence each other. */
export function transactionalIdOf(groupId: string, topic: string, partition: number): string {
  return `${groupId}.${topic}.${partition}`;
}

/**
 * Claims a partition: initialises its transactional id (exactly-once), which fences any earlier
 * producer of it and waits for that producer's last transaction to complete, then reads the
 * committed offset and checkpoint, which are stable from then on (kafkajs lacks KIP-447's stable
 * offset fetch).
 */
export async function claimPartition(request: ClaimRequest): Promise<PartitionClaim> {
  const producer = request.exactlyOnce ? await initialisedProducer(request) : undefined;
  try {
    const admin = await request.admin();
    const [offsets] = await admin.fetchOffsets({ groupId: request.groupId, topics: [request.topic] });
    const found = offsets?.partitions.find((p) => p.partition === request.partition);
    const metadata = found?.metadata;
    return {
      generation: request.generation,
      producer,
      floor: BigInt(found?.offset ?? '-1'),
      recovered: metadata === null || metadata === undefined || metadata === '' ? undefined : metadata,
      positioned: false,
    };
  } catch (error) {
    await producer?.disconnect().catch(() => undefined);
    throw error;
  }
}

async function initialisedProducer(request: ClaimRequest): Promise<Producer> {
  const producer = request.kafka.producer({
    transactionalId: transactionalIdOf(request.groupId, request.topic, request.partition),
    idempotent: true,
    maxInFlightRequests: 1,
    transactionTimeout: request.transactionTimeoutMs,
  });
  try {
    await producer.connect();
    // kafkajs initialises the transactional epoch lazily, at the first transaction(): left to the
    // first commit, a zombie's late commit would re-initialise it, fence the new owner and commit a
    // stale batch. An empty transaction initialises it now and ends without a request.
    const empty = await producer.transaction();
    await empty.abort();
    return producer;
  } catch (error) {
    await producer.disconnect().catch(() => undefined);
    throw error;
  }
}
