import { type WorkerProcess } from '@wirestream/testing';
import { type WorkerName, WORKER_SERVICES } from '../chaos-pipeline';
import { inputRange } from '../dispatch-set';
import { rowFromTally } from '../result-row';
import { type Scenario, settle, withPipeline } from '../scenario-context';
import { longestGapSeconds, tallyOutput } from '../tally';

type Fault =
  | { kind: 'worker'; worker: WorkerName; signal: 'SIGKILL' | 'SIGTERM' }
  | { kind: 'broker-kill' }
  | { kind: 'broker-restart' };

/** Each worker killed with each signal `rounds` times (signals alternating), broker faults at 1/3 and 2/3. */
function faultPlan(rounds: number): Fault[] {
  const names = Object.keys(WORKER_SERVICES) as WorkerName[];
  const faults: Fault[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const pass of [0, 1]) {
      names.forEach((worker, i) => {
        const signal = (i + pass + round) % 2 === 0 ? 'SIGKILL' : 'SIGTERM';
        faults.push({ kind: 'worker', worker, signal });
      });
    }
  }
  faults.splice(Math.floor(faults.length / 3), 0, { kind: 'broker-kill' });
  faults.splice(Math.floor((2 * faults.length) / 3), 0, { kind: 'broker-restart' });
  return faults;
}

const describe = (f: Fault) => (f.kind === 'worker' ? `${f.signal} ${WORKER_SERVICES[f.worker]}` : f.kind);

/**
 * Crash test: the dispatches go out in chunks; after each chunk, once the output is flowing, one
 * fault: a worker killed (SIGKILL) or stopped (SIGTERM) and restarted, or the broker killed or
 * restarted. Then every dispatch must come out on dispatch.enriched exactly once, in story order.
 */
export const crashScenario: Scenario = async (context) => {
  const { config, say } = context;
  const total = config.crashDispatches;
  const faults = faultPlan(config.killRounds);
  const chunk = Math.ceil(total / (faults.length + 1));
  return withPipeline(context, { label: 'crash' }, async (pipeline) => {
    const processes: Record<WorkerName, WorkerProcess> = { ...pipeline.workers };
    const enriched = pipeline.topics.enriched;
    let published = 0;
    const publishNext = async () => {
      const next = Math.min(total, published + chunk);
      await pipeline.publish(inputRange('crash', published, next));
      published = next;
    };
    for (const [i, fault] of faults.entries()) {
      await publishNext();
      // Mid-flow: about half of this chunk is out, the rest is in the workers.
      await pipeline.log
        .waitForCount(enriched, published - Math.floor(chunk / 2), 180_000)
        .catch(() => say(`crash: output slow before fault ${i + 1}; injecting anyway`));
      say(`crash: fault ${i + 1}/${faults.length}: ${describe(fault)} (${pipeline.log.count(enriched)} out)`);
      if (fault.kind === 'broker-kill') await context.infra.killAndRestartBroker(2000);
      else if (fault.kind === 'broker-restart') await context.infra.restartBroker();
      else {
        const old = processes[fault.worker];
        await old.stop(fault.signal);
        const fresh = pipeline.worker(fault.worker);
        processes[fault.worker] = fresh;
        await fresh.start(120_000);
      }
    }
    while (published < total) await publishNext();
    await pipeline.log.waitForCount(enriched, total, 600_000).catch((e: Error) => say(e.message));
    await settle(5000);
    const expected = new Set(inputRange('crash', 0, total).map((d) => d.id));
    const records = pipeline.log.records(enriched);
    const tally = tallyOutput(expected, records);
    const dropped = pipeline.log.count(pipeline.topics.duplicates);
    const stall = longestGapSeconds(records);
    // A fault costs at most a session and a transaction timeout, twice (the failed attempt and the
    // retry), plus a broker start; a longer stall means a worker stopped consuming for good.
    const bound = (2 * (config.sessionTimeoutMs + config.transactionTimeoutMs)) / 1000 + 30;
    return [
      rowFromTally('crash', total, tally, stall, {
        ok: dropped === 0 && stall <= bound,
        notes: [
          `${faults.length} faults`,
          `recovery = longest output stall (bound ${bound} s)`,
          ...(dropped > 0 ? [`${dropped} dropped as duplicates`] : []),
        ],
      }),
    ];
  });
};
