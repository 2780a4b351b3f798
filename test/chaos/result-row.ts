import { type Tally } from './tally';

/** One line of the chaos table (and of tmp/chaos/results.json). */
export interface ResultRow {
  readonly test: string;
  readonly dispatches: number;
  readonly lost: number;
  readonly doubled: number;
  /** The scenario's recovery measure in seconds (see each scenario), or null. */
  readonly recoverySeconds: number | null;
  readonly verdict: 'pass' | 'fail';
  readonly notes: string;
  /** Poison test: clean throughput with 1% poison over clean throughput without (reported only). */
  readonly throughputRatio?: number;
}

/** A row from a tally: it passes when nothing is lost, doubled, unexpected or out of order. */
export function rowFromTally(
  test: string,
  dispatches: number,
  tally: Tally,
  recoverySeconds: number | null,
  extra: { ok?: boolean; notes?: string[] } = {},
): ResultRow {
  const clean = tally.lost === 0 && tally.doubled === 0 && tally.unexpected === 0 && tally.outOfOrder === 0;
  const notes = [...(extra.notes ?? []), ...tally.examples];
  return {
    test,
    dispatches,
    lost: tally.lost,
    doubled: tally.doubled,
    recoverySeconds: recoverySeconds === null ? null : Math.round(recoverySeconds * 10) / 10,
    verdict: clean && (extra.ok ?? true) ? 'pass' : 'fail',
    notes: notes.join('; '),
  };
}

/** The table printed at the end of a run. */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['test', 'dispatches', 'lost', 'doubled', 'recovery s', 'verdict'];
  const cells = rows.map((r) => [
    r.test,
    String(r.dispatches),
    String(r.lost),
    String(r.doubled),
    r.recoverySeconds === null ? '-' : r.recoverySeconds.toFixed(1),
    r.verdict.toUpperCase(),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
