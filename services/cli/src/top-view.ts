import { type MetricsSnapshot, STAGE_NAMES } from '@wirestream/contracts';

/** One stage as `wire top` shows it: its instances' latest snapshots combined. */
export interface StageRow {
  readonly stage: string;
  readonly service: string;
  readonly instances: number;
  readonly ready: number;
  readonly ratePerSec: number;
  /** The slowest instance's percentiles: percentiles of different instances cannot be merged exactly. */
  readonly stageP50Ms: number;
  readonly stageP99Ms: number;
  readonly endToEndP99Ms: number;
  readonly lag: number;
  readonly consumed: number;
  readonly deadLettered: number;
  readonly duplicates: number;
  /** Seconds since the newest snapshot. */
  readonly ageSeconds: number;
}

/** The latest snapshot of each instance, combined per stage, in flow order. */
export function stageRows(snapshots: Iterable<MetricsSnapshot>, now: Date): StageRow[] {
  const latest = new Map<string, MetricsSnapshot>();
  for (const s of snapshots) {
    const key = `${s.service}/${s.instance}`;
    const seen = latest.get(key);
    if (!seen || seen.at < s.at) latest.set(key, s);
  }
  const byStage = new Map<string, MetricsSnapshot[]>();
  for (const s of latest.values()) byStage.set(s.stage, [...(byStage.get(s.stage) ?? []), s]);
  // An instance that stopped publishing (stopped, crashed, replaced) drops out once it is three
  // intervals behind its stage's freshest instance; a stage that stopped entirely still shows.
  for (const [stage, list] of byStage) {
    const newest = Math.max(...list.map((s) => Date.parse(s.at)));
    byStage.set(
      stage,
      list.filter((s) => newest - Date.parse(s.at) <= Math.max(3 * s.intervalMs, 2000)),
    );
  }
  // Flow order from the stage registry; a stage it does not know (a newer worker) goes last.
  const order: readonly string[] = STAGE_NAMES;
  const rank = (stage: string) => (order.includes(stage) ? order.indexOf(stage) : order.length);
  return [...byStage]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([stage, list]) => ({
      stage,
      service: list[0]!.service,
      instances: list.length,
      ready: list.filter((s) => s.ready).length,
      ratePerSec: round(list.reduce((n, s) => n + s.interval.ratePerSec, 0)),
      stageP50Ms: Math.max(...list.map((s) => s.interval.stageMs.p50)),
      stageP99Ms: Math.max(...list.map((s) => s.interval.stageMs.p99)),
      endToEndP99Ms: Math.max(...list.map((s) => s.interval.endToEndMs.p99)),
      lag: list.reduce((n, s) => n + s.lag.total, 0),
      consumed: list.reduce((n, s) => n + s.totals.consumed, 0),
      deadLettered: list.reduce((n, s) => n + s.totals.deadLettered, 0),
      duplicates: list.reduce((n, s) => n + s.totals.duplicates, 0),
      ageSeconds: round((now.getTime() - Math.max(...list.map((s) => Date.parse(s.at)))) / 1000),
    }));
}

const COLUMNS: [string, (r: StageRow) => string][] = [
  ['STAGE', (r) => r.stage],
  ['READY', (r) => `${r.ready}/${r.instances}`],
  ['RATE/s', (r) => r.ratePerSec.toFixed(1)],
  ['P50 ms', (r) => r.stageP50Ms.toFixed(2)],
  ['P99 ms', (r) => r.stageP99Ms.toFixed(2)],
  ['E2E P99 ms', (r) => r.endToEndP99Ms.toFixed(0)],
  ['LAG', (r) => String(r.lag)],
  ['CONSUMED', (r) => String(r.consumed)],
  ['DLQ', (r) => String(r.deadLettered)],
  ['DUPS', (r) => String(r.duplicates)],
  ['AGE s', (r) => r.ageSeconds.toFixed(0)],
];

/** A fixed-width table of the rows, for people. */
export function renderTop(rows: readonly StageRow[]): string {
  if (rows.length === 0) return 'no metrics snapshots yet: are the workers running?\n';
  const cells = [COLUMNS.map(([h]) => h), ...rows.map((r) => COLUMNS.map(([, f]) => f(r)))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return (
    cells
      .map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))
      .join('\n') + '\n'
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
