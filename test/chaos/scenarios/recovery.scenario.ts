import { HEADERS } from '@wirestream/contracts';
import { waitFor } from '@wirestream/testing';
import { inputIndex, inputRange } from '../dispatch-set';
import { rowFromTally } from '../result-row';
import { type Scenario, settle, withPipeline } from '../scenario-context';
import { tallyOutput } from '../tally';

/** The steady load while the recovery is timed: dispatches per tick and the tick in ms. */
const PER_TICK = 10;
const TICK_MS = 100;

/**
 * Recovery time: under a steady load, the tagger is SIGKILLed and restarted at once (as a
 * supervisor would). Recovery is the time from the kill until the first dispatch published after
 * the kill comes out on dispatch.enriched; it must be within session timeout + transaction timeout.
 */
export const recoveryScenario: Scenario = async (context) => {
  const { config, say } = context;
  const bound = (config.sessionTimeoutMs + config.transactionTimeoutMs) / 1000;
  return withPipeline(context, { label: 'recovery' }, async (pipeline) => {
    const enriched = pipeline.topics.enriched;
    let published = 0;
    let running = true;
    const load = (async () => {
      while (running) {
        const tick = Date.now();
        await pipeline.publish(inputRange('recovery', published, published + PER_TICK));
        published += PER_TICK;
        await settle(Math.max(0, TICK_MS - (Date.now() - tick)));
      }
    })();
    const recoveries: number[] = [];
    try {
      let tagger = pipeline.workers.entities;
      for (let kill = 0; kill < config.recoveryKills; kill++) {
        await pipeline.log.waitForCount(enriched, Math.max(200, published - 100), 120_000);
        const firstAfter = published;
        const killedAt = Date.now();
        await tagger.stop('SIGKILL');
        tagger = pipeline.worker('entities');
        await tagger.start(120_000);
        // The first dispatch published after the kill (index firstAfter or later) on the output.
        const resumedAt = await waitFor(
          () => {
            const hit = pipeline.log
              .records(enriched)
              .find((r) => inputIndex(r.headers[HEADERS.dispatchId] ?? '') >= firstAfter);
            return hit?.at;
          },
          120_000,
          'output after the kill',
        );
        const seconds = (resumedAt - killedAt) / 1000;
        recoveries.push(seconds);
        say(`recovery: kill ${kill + 1}: output resumed after ${seconds.toFixed(1)} s (bound ${bound} s)`);
      }
    } finally {
      running = false;
      await load;
    }
    await pipeline.log.waitForCount(enriched, published, 300_000).catch((e: Error) => say(e.message));
    await settle(3000);
    const expected = new Set(inputRange('recovery', 0, published).map((d) => d.id));
    const tally = tallyOutput(expected, pipeline.log.records(enriched));
    const worst = Math.max(...recoveries);
    return [
      rowFromTally('recovery', published, tally, worst, {
        ok: worst <= bound,
        notes: [`bound ${bound} s (session + transaction timeout)`, `${recoveries.length} SIGKILLs`],
      }),
    ];
  });
};
