import { readFileSync } from 'node:fs';
import { inputRange } from '../dispatch-set';
import { rowFromTally } from '../result-row';
import { type Scenario, settle, withPipeline } from '../scenario-context';
import { tallyOutput } from '../tally';

/** CPU ticks (user + system) the process has used so far. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Waits until the process burns CPU (the tagger's batches are CPU-bound): it is inside a batch. */
async function waitUntilBusy(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  let last = cpuTicks(pid);
  while (Date.now() < until) {
    await settle(50);
    const now = cpuTicks(pid);
    if (now - last >= 3) return true;
    last = now;
  }
  return false;
}

const FENCED = /old epoch|fenc|INVALID_PRODUCER_EPOCH|PRODUCER_FENCED|INVALID_PRODUCER_ID_MAPPING/i;

/**
 * Zombie: two instances of the tagger in one group; one is frozen (SIGSTOP) mid-flow past its
 * session timeout, the other takes its partitions, then the frozen one resumes (SIGCONT) with the
 * batch it had in hand. Its late writes must be fenced: every dispatch once on dispatch.enriched.
 */
export const zombieScenario: Scenario = async (context) => {
  const { config, say } = context;
  const total = config.zombieDispatches;
  return withPipeline(context, { label: 'zombie' }, async (pipeline) => {
    const enriched = pipeline.topics.enriched;
    const second = pipeline.worker('entities');
    await second.start(120_000);
    const zombie = pipeline.workers.entities;
    // Everything at once, frozen early: both instances have a backlog, so the zombie is most
    // likely stopped inside a batch, to commit it (and be fenced) when it resumes.
    await pipeline.publish(inputRange('zombie', 0, total));
    await pipeline.log.waitForCount(enriched, Math.floor(total / 20), 180_000);
    const busy = await waitUntilBusy(zombie.pid!, 30_000);
    say(`zombie: SIGSTOP one tagger (${pipeline.log.count(enriched)} out, ${busy ? 'in a batch' : 'idle'})`);
    zombie.signal('SIGSTOP');
    const frozenAt = Date.now();
    // Past the session timeout the group drops it and the other instance takes its partitions.
    await settle(config.sessionTimeoutMs + 3000);
    await pipeline.log.waitForCount(enriched, Math.floor(total * 0.8), 300_000).catch(() => undefined);
    const logsBefore = zombie.logs.length;
    say(`zombie: SIGCONT after ${((Date.now() - frozenAt) / 1000).toFixed(1)} s`);
    zombie.signal('SIGCONT');
    await pipeline.log.waitForCount(enriched, total, 300_000).catch((e: Error) => say(e.message));
    await settle(config.transactionTimeoutMs);
    const fencedLines = zombie.logs.slice(logsBefore).filter((line) => FENCED.test(line)).length;
    const expected = new Set(inputRange('zombie', 0, total).map((d) => d.id));
    const tally = tallyOutput(expected, pipeline.log.records(enriched));
    return [
      rowFromTally('zombie', total, tally, null, {
        ok: second.running,
        notes: [`zombie logged ${fencedLines} fencing errors after SIGCONT`],
      }),
    ];
  });
};
