import { runStageWorker } from '@wirestream/nest';
import { createLogger, WorkerMetrics } from '@wirestream/observability';
import { connectRedis, createRedis, RedisDedupStore } from '@wirestream/redis';
import { loadConfig } from './config';
import { withKillAfterResolves } from './fault-hook';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger({
    service: config.service,
    version: '0.1.0',
    level: config.logLevel,
    ...(config.logFormat === undefined ? {} : { format: config.logFormat }),
  });
  const metrics = new WorkerMetrics(config.service, 'dedup');
  const redis = createRedis({ ...config.redis!, connectionName: config.service });
  await connectRedis(redis, config.redisUrl!);
  const dedupStore = withKillAfterResolves(
    new RedisDedupStore(redis, {
      keyPrefix: config.redisKeyPrefix,
      ttlSeconds: config.dedupTtlSeconds,
      bandBuckets: config.dedupBandBuckets,
      onCall: (operation, ms) => metrics.redisCalled(operation, ms),
    }),
    process.env,
  );
  await runStageWorker(config, 'dedup', {
    dedupStore,
    logger,
    metrics,
    redisProbe: () =>
      redis.ping().then(
        () => 'up' as const,
        () => 'down' as const,
      ),
    // Redis closes after the transport has committed its last batch.
    onShutdown: async () => void (await redis.quit()),
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
