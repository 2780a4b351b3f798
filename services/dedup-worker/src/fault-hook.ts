import { type DedupStore } from '@wirestream/dedup';

/**
 * Chaos-test fault hook, off unless `WIRE_FAULT_KILL_AFTER_RESOLVES=N` is set: the process SIGKILLs
 * itself right after its N-th Redis `resolve` call returns, i.e. after the batch's claims are stored
 * and before its Kafka transaction commits. `npm run chaos` uses it to show that the replayed batch
 * finds its own claims and drops nothing as a duplicate of itself (docs/reliability.md).
 */
export function withKillAfterResolves(store: DedupStore, env: NodeJS.ProcessEnv): DedupStore {
  const limit = Number(env.WIRE_FAULT_KILL_AFTER_RESOLVES ?? '0');
  if (!Number.isInteger(limit) || limit <= 0) return store;
  let calls = 0;
  return {
    claim: (...args) => store.claim(...args),
    settle: (...args) => store.settle(...args),
    resolve: async (...args) => {
      const resolutions = await store.resolve(...args);
      calls += 1;
      if (calls === limit) process.kill(process.pid, 'SIGKILL');
      return resolutions;
    },
  };
}
