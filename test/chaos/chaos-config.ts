/** The two variants of `npm run chaos`: a fast one for CI and the full run of issue 11. */
export interface ChaosConfig {
  readonly variant: 'ci' | 'full';
  /** Dispatches of the crash test. */
  readonly crashDispatches: number;
  /** How many times each worker is killed with each signal in the crash test. */
  readonly killRounds: number;
  readonly zombieDispatches: number;
  readonly redisDispatches: number;
  /** Clean dispatches per poison phase (the poison phase adds 1% bad records). */
  readonly poisonDispatches: number;
  /** SIGKILLs timed by the recovery test. */
  readonly recoveryKills: number;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly transactionTimeoutMs: number;
  readonly partitions: number;
  /** The pipeline's record limit (MAX_MESSAGE_BYTES); the broker takes up to 1 MiB. */
  readonly maxMessageBytes: number;
}

const shared = { partitions: 3, heartbeatIntervalMs: 1000, maxMessageBytes: 256 * 1024 } as const;

export const CHAOS_CONFIGS: Record<'ci' | 'full', ChaosConfig> = {
  ci: {
    ...shared,
    variant: 'ci',
    crashDispatches: 5_000,
    killRounds: 1,
    zombieDispatches: 1_000,
    redisDispatches: 600,
    poisonDispatches: 1_000,
    recoveryKills: 1,
    sessionTimeoutMs: 6_000,
    transactionTimeoutMs: 10_000,
  },
  full: {
    ...shared,
    variant: 'full',
    crashDispatches: 100_000,
    killRounds: 3,
    zombieDispatches: 10_000,
    redisDispatches: 10_000,
    poisonDispatches: 10_000,
    recoveryKills: 3,
    sessionTimeoutMs: 10_000,
    transactionTimeoutMs: 20_000,
  },
};
