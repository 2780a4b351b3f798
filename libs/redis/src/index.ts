export { createRedis, type RedisClientOptions } from './create-redis';
export { RedisDedupStore, type RedisDedupStoreOptions } from './redis-dedup-store';
export { dedupKeyBase } from './redis-keys';
