import { type Admin, type Kafka } from 'kafkajs';
import { type MessagingLogger } from './logger';
import { claimPartition, type PartitionClaim } from './partition-claim';

export interface PartitionClaimsOptions {
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly exactlyOnce: boolean;
  readonly transactionTimeoutMs: number;
  readonly logger: MessagingLogger;
  /** The consumer's join generation: partitions may have moved at each join. */
  readonly generation: () => number;
}

/** This member's claims on its input partitions, and the admin client that reads their offsets. */
export class PartitionClaims {
  private readonly claims = new Map<number, Promise<PartitionClaim>>();
  private admin: Promise<Admin> | undefined;

  constructor(private readonly options: PartitionClaimsOptions) {}

  /** The claim on a partition, made again after a rejoin or a failed commit. */
  async claim(topic: string, partition: number): Promise<PartitionClaim> {
    const held = await this.claims.get(partition)?.catch(() => undefined);
    if (held && held.generation === this.options.generation()) return held;
    this.claims.delete(partition);
    await held?.producer?.disconnect().catch(() => undefined);
    const claim = claimPartition({
      kafka: this.options.kafka,
      admin: () => this.connectedAdmin(),
      groupId: this.options.groupId,
      topic,
      partition,
      generation: this.options.generation(),
      exactlyOnce: this.options.exactlyOnce,
      transactionTimeoutMs: this.options.transactionTimeoutMs,
    });
    // Stored before it settles, so that stop() closes a producer still being claimed.
    this.claims.set(partition, claim);
    const made = await claim.catch((error: unknown) => {
      this.claims.delete(partition);
      throw error;
    });
    this.options.logger.debug(
      { topic, partition, floor: made.floor.toString(), generation: made.generation },
      'partition claimed',
    );
    return made;
  }

  /** Drops a claim whose producer failed: the next attempt claims again, re-reading the offset. */
  async release(partition: number, claim: PartitionClaim): Promise<void> {
    if ((await this.claims.get(partition)?.catch(() => undefined)) === claim) this.claims.delete(partition);
    await claim.producer?.disconnect().catch(() => undefined);
  }

  /** Forgets every claim and closes their producers; failures are of no interest when stopping. */
  async closeProducers(): Promise<void> {
    const claims = [...this.claims.values()];
    this.claims.clear();
    await Promise.allSettled(claims.map(async (claim) => (await claim).producer?.disconnect()));
  }

  async closeAdmin(): Promise<void> {
    if (this.admin) await (await this.admin.catch(() => undefined))?.disconnect();
  }

  /** Connected once and shared; a failed connection is forgotten so the next claim tries again. */
  private connectedAdmin(): Promise<Admin> {
    this.admin ??= this.connectAdmin();
    return this.admin.catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
  }

  private async connectAdmin(): Promise<Admin> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    return admin;
  }
}
