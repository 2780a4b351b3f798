import { storySummaryValidator, type DispatchEvent, type Strike } from '@wirestream/contracts';
import { strikeIdOf } from './strike-id';
import { createSummaryStage, summarize } from './summary.stage';

// An enriched event as the strikes stage leaves it (hand-written): 8 near Boukamal, 5 near Al-Qaïm,
// 2 more near Abu Kamal (the same place by its GeoNames id), one count with no place.
const abuKamal = { id: 'geonames:170017', name: 'Abu Kamal', country: 'SY' };
const qaim = { id: 'geonames:98860', name: "Al-Qa'im", country: 'IQ' };
const evidence = { text: 'x', start: 0, end: 1, segmentId: 's' };
const strike = (count: number, location?: Strike['location'], approx = false): Strike => ({
  count,
  approx,
  kind: 'bombardment',
  ...(location ? { location } : {}),
  evidence,
});
const strikes = [
  strike(8, { text: 'Boukamal', canonical: abuKamal }),
  strike(5, { text: 'Al-Qaïm', canonical: qaim }),
  strike(2, { text: 'Abu Kamal', canonical: abuKamal }),
  strike(10, undefined, true),
];
const enriched = (over: Partial<DispatchEvent> = {}): DispatchEvent => ({
  schemaVersion: 1,
  id: 'story-1@v2',
  agency: 'AFP',
  storyId: 'story-1',
  receivedAt: '2026-11-24T10:00:00Z',
  version: 2,
  headline: 'Frappes en Syrie',
  language: 'fr',
  clean: { body: 'x', removed: [] },
  dedup: { status: 'update', fingerprint: 'f', updateOf: 'story-1@v1' },
  strikes,
  strikeTotals: [{ kind: 'bombardment', count: 13, approx: false, scope: {}, evidence }],
  stages: [{ name: 'strikes', version: '1' }],
  ...over,
});

describe('summary stage', () => {
  it('given counts at one place under two spellings, then they add up in one row; a count with no place is a row of its own', () => {
    const summary = summarize(enriched());
    expect(summary.tallies).toEqual([
      { kind: 'bombardment', count: 10, approx: true, counts: 1 },
      {
        place: { text: 'Boukamal', canonical: abuKamal },
        kind: 'bombardment',
        count: 10,
        approx: false,
        counts: 2,
      },
      {
        place: { text: 'Al-Qaïm', canonical: qaim },
        kind: 'bombardment',
        count: 5,
        approx: false,
        counts: 1,
      },
    ]);
    expect(summary).toMatchObject({
      storyId: 'story-1',
      dispatchId: 'story-1@v2',
      version: 2,
      status: 'current',
      supersedes: 'story-1@v1',
      strikes: 25,
      statedTotals: [{ kind: 'bombardment', count: 13, approx: false }],
    });
    expect(storySummaryValidator.check(summary).ok).toBe(true);
  });

  it('given the strike events of the version, then the summary lists their keys, each once', () => {
    const summary = summarize(enriched());
    // 8 and 2 near Abu Kamal share one strike id (story, place, kind, period).
    expect(summary.strikeIds).toEqual([
      strikeIdOf('story-1', strikes[0]!),
      strikeIdOf('story-1', strikes[1]!),
      strikeIdOf('story-1', strikes[3]!),
    ]);
  });

  it('given a withdrawal, then a summary with no tallies retracts the earlier version', async () => {
    const [outcome] = await createSummaryStage().handleBatch([
      { value: enriched({ dedup: { status: 'withdrawn', fingerprint: 'f' } }), arrivedAt: new Date(0) },
    ]);
    expect(outcome).toEqual({
      ok: true,
      outputs: [
        {
          topic: 'summary',
          key: 'story-1',
          value: expect.objectContaining({ status: 'withdrawn', strikes: 0, tallies: [], strikeIds: [] }),
        },
      ],
    });
  });

  it('given a value that is no dispatch event, then a content error for that message only', async () => {
    const [bad, good] = await createSummaryStage().handleBatch([
      { value: { id: 'x' }, arrivedAt: new Date(0) },
      { value: enriched(), arrivedAt: new Date(0) },
    ]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'WIRE_INPUT_SCHEMA' } });
    expect(good).toMatchObject({ ok: true });
  });
});
