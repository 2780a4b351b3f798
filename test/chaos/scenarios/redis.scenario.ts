import { type DuplicateRecord } from '@wirestream/contracts';
import { waitFor } from '@wirestream/testing';
import { inputRange } from '../dispatch-set';
import { type ChaosPipeline } from '../chaos-pipeline';
import { type ResultRow, rowFromTally } from '../result-row';
import { type ScenarioContext, settle, withPipeline } from '../scenario-context';
import { tallyOutput } from '../tally';

/** Every dispatch is distinct: any record on dispatch.duplicates is a dispatch dropped wrongly. */
function droppedNotes(pipeline: ChaosPipeline): { dropped: number; notes: string[] } {
  const records = pipeline.log.records(pipeline.topics.duplicates);
  const values = records.map((r) => JSON.parse(r.value!.toString('utf8')) as DuplicateRecord);
  const ofItself = values.filter((v) => v.duplicateOf === v.id).length;
  return {
    dropped: values.length,
    notes: [`${values.length} dropped as duplicates (${ofItself} of itself)`],
  };
}

async function finish(
  test: string,
  pipeline: ChaosPipeline,
  label: string,
  total: number,
  say: (m: string) => void,
  notes: string[],
): Promise<ResultRow> {
  await pipeline.log
    .waitForCount(pipeline.topics.enriched, total, 300_000)
    .catch((e: Error) => say(e.message));
  await settle(5000);
  const expected = new Set(inputRange(label, 0, total).map((d) => d.id));
  const tally = tallyOutput(expected, pipeline.log.records(pipeline.topics.enriched));
  const { dropped, notes: droppedNote } = droppedNotes(pipeline);
  return rowFromTally(test, total, tally, null, { ok: dropped === 0, notes: [...notes, ...droppedNote] });
}

/** Redis stopped and started again (append-only file kept) while the dedup worker is busy. */
async function redisRestart(context: ScenarioContext): Promise<ResultRow> {
  const { config, say } = context;
  const total = config.redisDispatches;
  return withPipeline(context, { label: 'redis' }, async (pipeline) => {
    const half = Math.floor(total / 2);
    await pipeline.publish(inputRange('redis', 0, half));
    await pipeline.log.waitForCount(pipeline.topics.enriched, Math.floor(half / 2), 180_000);
    say(`redis: restarting Redis (${pipeline.log.count(pipeline.topics.enriched)} out)`);
    await pipeline.publish(inputRange('redis', half, total));
    await context.infra.restartRedis(2000);
    return finish('redis-restart', pipeline, 'redis', total, say, ['Redis down 2 s mid-run']);
  });
}

/**
 * The dedup worker SIGKILLs itself (WIRE_FAULT_KILL_AFTER_RESOLVES) right after its Redis claim
 * and before its Kafka commit; it is restarted, replays the batch and must find its own claims.
 */
async function dedupCrashAfterClaim(context: ScenarioContext): Promise<ResultRow> {
  const { config, say } = context;
  const total = config.redisDispatches;
  const hook = { WIRE_FAULT_KILL_AFTER_RESOLVES: '3' };
  return withPipeline(context, { label: 'claim', extraEnv: { dedup: hook } }, async (pipeline) => {
    let dedup = pipeline.workers.dedup;
    const half = Math.floor(total / 2);
    await pipeline.publish(inputRange('claim', 0, half));
    let crashes = 0;
    for (let round = 1; round <= config.killRounds; round++) {
      await waitFor(() => (dedup.running ? undefined : true), 120_000, 'the dedup worker to kill itself');
      crashes += 1;
      say(
        `dedup-claim: crash ${round} after its claim (${pipeline.log.count(pipeline.topics.enriched)} out)`,
      );
      if (round === 1) await pipeline.publish(inputRange('claim', half, total));
      // The last restart runs without the hook, so the run can finish.
      dedup = pipeline.worker(
        'dedup',
        round < config.killRounds ? {} : { WIRE_FAULT_KILL_AFTER_RESOLVES: '' },
      );
      await dedup.start(120_000);
    }
    return finish('dedup-crash-after-claim', pipeline, 'claim', total, say, [`${crashes} crashes`]);
  });
}

export const redisScenario = async (context: ScenarioContext): Promise<ResultRow[]> => [
  await redisRestart(context),
  await dedupCrashAfterClaim(context),
];
