import { HEADERS } from '@wirestream/contracts';
import { type PublishRecord } from '@wirestream/messaging';
import { inputDispatch, inputRange } from '../dispatch-set';
import { type ChaosPipeline } from '../chaos-pipeline';
import { rowFromTally } from '../result-row';
import { type Scenario, settle, withPipeline } from '../scenario-context';
import { tallyOutput } from '../tally';

interface Poison {
  readonly id: string;
  readonly record: PublishRecord;
  /** What its dead letter must say. */
  readonly code: string;
  readonly stage: string;
  readonly origin: 'raw' | 'unique';
}

const THROW_PREFIX = 'poison-throw-';

/** Bad record `n`, of one of four kinds in turn; the trace id header names it on the DLQ. */
function poison(n: number, maxBytes: number): Poison {
  const id = `poison-${n}`;
  const headers = { [HEADERS.traceId]: id };
  switch (n % 4) {
    case 0:
      return {
        id,
        record: { key: id, value: `{"id": "${id}", "body": "cut off`, headers },
        code: 'WIRE_INPUT_INVALID_JSON',
        stage: 'dedup',
        origin: 'raw',
      };
    case 1: {
      // Over the pipeline's limit, well under the broker's 1 MiB.
      const body = 'Texte trop long. '.repeat(Math.ceil((maxBytes * 1.1) / 17));
      return {
        id,
        record: { key: id, value: JSON.stringify({ id, agency: 'AFP', body }), headers },
        code: 'WIRE_INPUT_TOO_LARGE',
        stage: 'dedup',
        origin: 'raw',
      };
    }
    case 2: {
      const value = Buffer.concat([
        Buffer.from(`{"id": "${id}", "agency": "AFP", "body": "caf`),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('"}'),
      ]);
      return {
        id,
        record: { key: id, value, headers },
        code: 'WIRE_INPUT_INVALID_UTF8',
        stage: 'dedup',
        origin: 'raw',
      };
    }
    default: {
      // Valid input the segmenter's fault hook throws on (WIRE_FAULT_THROW_ID_PREFIX).
      const clean = inputDispatch('poisoned', 900_000 + n);
      const throwId = `${THROW_PREFIX}${n}`;
      const value = JSON.stringify({ ...(JSON.parse(clean.value) as object), id: throwId, storyId: throwId });
      return {
        id,
        record: { key: throwId, value, headers },
        code: 'WIRE_STAGE_FAILED',
        stage: 'segmentation',
        origin: 'unique',
      };
    }
  }
}

/** Publishes `label`'s clean dispatches (and poison, if any) and times the clean output. */
async function timedRun(
  pipeline: ChaosPipeline,
  label: string,
  count: number,
  poisons: readonly Poison[],
): Promise<number> {
  const clean = inputRange(label, 0, count);
  const records: PublishRecord[] = [];
  const every = poisons.length > 0 ? Math.floor(count / poisons.length) : Infinity;
  clean.forEach((d, i) => {
    records.push({ key: d.key, value: d.value });
    if ((i + 1) % every === 0 && poisons[(i + 1) / every - 1])
      records.push(poisons[(i + 1) / every - 1]!.record);
  });
  const before = pipeline.log.count(pipeline.topics.enriched);
  const started = Date.now();
  await pipeline.publish(records);
  await pipeline.log.waitForCount(pipeline.topics.enriched, before + count, 300_000);
  return count / ((Date.now() - started) / 1000);
}

/**
 * Poison: 1% bad records (invalid JSON, over the size limit, invalid UTF-8, a stage that throws)
 * among clean ones. Each bad record lands once on dispatch.dlq with the transport's headers; clean
 * throughput with poison is reported against a clean run (never asserted).
 */
export const poisonScenario: Scenario = async (context) => {
  const { config, say } = context;
  const count = config.poisonDispatches;
  const extraEnv = { segmentation: { WIRE_FAULT_THROW_ID_PREFIX: THROW_PREFIX } };
  return withPipeline(context, { label: 'poison', extraEnv }, async (pipeline) => {
    await timedRun(pipeline, 'warmup', 200, []);
    const cleanRate = await timedRun(pipeline, 'clean', count, []);
    const poisons = Array.from({ length: Math.floor(count / 100) }, (_, n) =>
      poison(n, config.maxMessageBytes),
    );
    const poisonedRate = await timedRun(pipeline, 'poisoned', count, poisons);
    // Clean again after: the dedup store grows from run to run, so the poisoned run is compared with
    // the clean runs on either side of it, not with an earlier one only.
    const cleanAfterRate = await timedRun(pipeline, 'clean-after', count, []);
    const cleanMean = (cleanRate + cleanAfterRate) / 2;
    await pipeline.log
      .waitForCount(pipeline.topics.dlq, poisons.length, 120_000)
      .catch((e: Error) => say(e.message));
    await settle(5000);
    const ratio = poisonedRate / cleanMean;
    const rates = `clean ${cleanRate.toFixed(0)}/s and ${cleanAfterRate.toFixed(0)}/s around ${poisonedRate.toFixed(0)}/s with poison: x${ratio.toFixed(2)}`;
    say(`poison: ${rates}`);

    const expected = new Set([
      ...inputRange('warmup', 0, 200).map((d) => d.id),
      ...inputRange('clean', 0, count).map((d) => d.id),
      ...inputRange('poisoned', 0, count).map((d) => d.id),
      ...inputRange('clean-after', 0, count).map((d) => d.id),
    ]);
    const enrichedTally = tallyOutput(expected, pipeline.log.records(pipeline.topics.enriched));
    const dead = pipeline.log.records(pipeline.topics.dlq);
    const problems: string[] = [];
    let lost = 0;
    let doubled = 0;
    for (const p of poisons) {
      const letters = dead.filter((d) => d.headers[HEADERS.traceId] === p.id);
      if (letters.length === 0) lost += 1;
      doubled += Math.max(0, letters.length - 1);
      const letter = letters[0];
      if (!letter) continue;
      const h = letter.headers;
      const wrong = [
        h[HEADERS.errorCode] !== p.code && `code ${h[HEADERS.errorCode]}`,
        h[HEADERS.errorStage] !== p.stage && `stage ${h[HEADERS.errorStage]}`,
        h[HEADERS.originTopic] !== pipeline.topics[p.origin] && `origin ${h[HEADERS.originTopic]}`,
        !/^\d+$/.test(h[HEADERS.originPartition] ?? '') && 'no origin partition',
        !/^\d+$/.test(h[HEADERS.originOffset] ?? '') && 'no origin offset',
        h[HEADERS.attempt] !== '1' && `attempt ${h[HEADERS.attempt]}`,
        !h[HEADERS.errorMessage] && 'no error message',
        !h[HEADERS.schemaVersion] && 'no schema version',
        // Records rejected at the door keep their original bytes.
        p.origin === 'raw' && !letter.value?.equals(Buffer.from(p.record.value)) && 'value changed',
      ].filter((w): w is string => typeof w === 'string');
      if (wrong.length > 0) problems.push(`${p.id}: ${wrong.join(', ')}`);
    }
    const strays =
      dead.length - dead.filter((d) => poisons.some((p) => p.id === d.headers[HEADERS.traceId])).length;
    const notes = [
      `${poisons.length} poison`,
      rates,
      ...(strays > 0 ? [`${strays} unexpected dead letters`] : []),
      ...problems.slice(0, 5),
    ];
    const row = rowFromTally(
      'poison',
      3 * count + 200 + poisons.length,
      {
        ...enrichedTally,
        lost: enrichedTally.lost + lost,
        doubled: enrichedTally.doubled + doubled,
      },
      null,
      { ok: problems.length === 0 && strays === 0, notes },
    );
    return [{ ...row, throughputRatio: Math.round(ratio * 100) / 100 }];
  });
};
