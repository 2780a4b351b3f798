import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHAOS_CONFIGS } from './chaos-config';
import { allWorkers } from './chaos-pipeline';
import { InfraControl } from './infra-control';
import { formatTable, type ResultRow } from './result-row';
import { type Scenario, type ScenarioContext } from './scenario-context';
import { crashScenario } from './scenarios/crash.scenario';
import { poisonScenario } from './scenarios/poison.scenario';
import { recoveryScenario } from './scenarios/recovery.scenario';
import { redisScenario } from './scenarios/redis.scenario';
import { zombieScenario } from './scenarios/zombie.scenario';

// Run by scripts/chaos.sh, which starts the broker and Redis and passes them in the environment.
const scenarios: [string[], Scenario][] = [
  [['crash'], crashScenario],
  [['zombie'], zombieScenario],
  [['redis-restart', 'dedup-crash-after-claim'], redisScenario],
  [['poison'], poisonScenario],
  [['recovery'], recoveryScenario],
];

const say = (message: string) =>
  process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through scripts/chaos.sh (npm run chaos)`);
  return value;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const config = CHAOS_CONFIGS[args.includes('--ci') ? 'ci' : 'full'];
  const only = args.filter((a) => !a.startsWith('--'));
  const context: ScenarioContext = {
    config,
    brokers: required('KAFKA_BROKERS').split(','),
    redisUrl: required('REDIS_URL'),
    infra: new InfraControl(required('CHAOS_RUN_DIR')),
    say,
  };
  const startedAt = new Date();
  const rows: ResultRow[] = [];
  for (const [names, scenario] of scenarios) {
    if (only.length > 0 && !names.some((n) => only.includes(n))) continue;
    const started = Date.now();
    say(`${names.join(', ')}: start (${config.variant})`);
    try {
      rows.push(...(await scenario(context)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      say(`${names.join(', ')}: failed: ${message}`);
      for (const test of names)
        rows.push({
          test,
          dispatches: 0,
          lost: 0,
          doubled: 0,
          recoverySeconds: null,
          verdict: 'fail',
          notes: message,
        });
    }
    say(`${names.join(', ')}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const seconds = Math.round((Date.now() - startedAt.getTime()) / 1000);
  process.stdout.write(`\nchaos (${config.variant}) in ${seconds} s\n${formatTable(rows)}\n`);
  for (const row of rows) if (row.notes) process.stdout.write(`${row.test}: ${row.notes}\n`);
  const outDir = join(__dirname, '..', '..', 'tmp', 'chaos');
  mkdirSync(outDir, { recursive: true });
  const report = { variant: config.variant, startedAt: startedAt.toISOString(), seconds, config, rows };
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  return rows.length > 0 && rows.every((r) => r.verdict === 'pass') ? 0 : 1;
}

const killLeftovers = () => {
  for (const worker of allWorkers) worker.signal('SIGKILL');
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    killLeftovers();
    process.exit(130);
  });

main().then(
  (code) => {
    killLeftovers();
    process.exit(code);
  },
  (error: unknown) => {
    killLeftovers();
    say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
