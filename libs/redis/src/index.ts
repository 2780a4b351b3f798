export { createRedis, type RedisClientOptions } from './create-redis';
export { connectRedis } from './connect-redis';
export { readRedisConnection, REDIS_CONNECTION_ENV_DEFAULTS, type RedisConnection } from './redis-connection';
export { RedisDedupStore, type RedisDedupStoreOptions } from './redis-dedup-store';
export { dedupKeyBase } from './redis-keys';
