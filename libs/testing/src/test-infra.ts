import { randomUUID } from 'node:crypto';

/** Connection details of the run's broker and Redis, set by test/setup/global-setup.cjs. */
export function testInfra(): { brokers: string[]; redisUrl: string } {
  const brokers = process.env.KAFKA_BROKERS;
  const redisUrl = process.env.REDIS_URL;
  if (!brokers || !redisUrl) {
    throw new Error(
      'KAFKA_BROKERS and REDIS_URL are not set: run integration tests with jest.int.config.cjs (npm test)',
    );
  }
  return { brokers: brokers.split(','), redisUrl };
}

/** A prefix unique to one spec, for its topics, groups and Redis keys. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${randomUUID().slice(0, 8)}.`;
}
