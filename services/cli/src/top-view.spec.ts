import { type MetricsSnapshot } from '@wirestream/contracts';
import { renderTop, stageRows } from './top-view';

const snap = (
  over: Partial<MetricsSnapshot> & { stage: string; instance: string; at: string },
): MetricsSnapshot => ({
  schemaVersion: 1,
  service: `${over.stage}-worker`,
  intervalMs: 5000,
  ready: true,
  totals: { consumed: 100, produced: 100, deadLettered: 1, duplicates: 0, commits: 10, aborts: 0 },
  interval: {
    consumed: 50,
    ratePerSec: 10,
    stageMs: { p50: 1, p99: 4, count: 50 },
    endToEndMs: { p50: 20, p99: 80, count: 50 },
  },
  lag: { total: 3, partitions: [{ topic: 'dispatch.raw', partition: 0, lag: 3 }] },
  ...over,
});

describe('wire top view', () => {
  const now = new Date('2026-11-24T10:00:10Z');

  it('keeps the newest snapshot per instance and combines instances per stage, in flow order', () => {
    const rows = stageRows(
      [
        snap({ stage: 'strikes', instance: 'h:1', at: '2026-11-24T10:00:05Z' }),
        snap({
          stage: 'dedup',
          instance: 'h:2',
          at: '2026-11-24T10:00:00Z',
          interval: { ...snap({ stage: 'x', instance: 'x', at: 'x' }).interval, ratePerSec: 99 },
        }),
        snap({ stage: 'dedup', instance: 'h:2', at: '2026-11-24T10:00:05Z' }),
        snap({
          stage: 'dedup',
          instance: 'h:3',
          at: '2026-11-24T10:00:06Z',
          ready: false,
          interval: {
            consumed: 5,
            ratePerSec: 1.5,
            stageMs: { p50: 2, p99: 9, count: 5 },
            endToEndMs: { p50: 30, p99: 120, count: 5 },
          },
        }),
      ],
      now,
    );
    expect(rows.map((r) => r.stage)).toEqual(['dedup', 'strikes']);
    expect(rows[0]).toEqual({
      stage: 'dedup',
      service: 'dedup-worker',
      instances: 2,
      ready: 1,
      ratePerSec: 11.5,
      stageP50Ms: 2,
      stageP99Ms: 9,
      endToEndP99Ms: 120,
      lag: 6,
      consumed: 200,
      deadLettered: 2,
      duplicates: 0,
      ageSeconds: 4,
    });
  });

  it('drops an instance that stopped publishing while its stage goes on', () => {
    const rows = stageRows(
      [
        snap({ stage: 'entities', instance: 'h:old', at: '2026-11-24T09:59:00Z', ready: false }),
        snap({ stage: 'entities', instance: 'h:new', at: '2026-11-24T10:00:05Z' }),
        snap({ stage: 'strikes', instance: 'h:1', at: '2026-11-24T09:00:00Z' }),
      ],
      now,
    );
    expect(rows.map((r) => [r.stage, r.instances, r.ready])).toEqual([
      ['entities', 1, 1],
      ['strikes', 1, 1],
    ]);
  });

  it('renders an aligned table, and says so when there is nothing yet', () => {
    const text = renderTop(
      stageRows([snap({ stage: 'segmentation', instance: 'h:1', at: '2026-11-24T10:00:05Z' })], now),
    );
    const [header, row] = text.trimEnd().split('\n');
    expect(header).toMatch(
      /^STAGE\s+READY\s+RATE\/s\s+P50 ms\s+P99 ms\s+E2E P99 ms\s+LAG\s+CONSUMED\s+DLQ\s+DUPS\s+AGE s$/,
    );
    expect(row).toMatch(/^segmentation\s+1\/1\s+10\.0\s+1\.00\s+4\.00\s+80\s+3\s+100\s+1\s+0\s+5$/);
    expect(header!.length).toBe(row!.length);
    expect(renderTop([])).toMatch(/no metrics snapshots yet/);
  });
});
