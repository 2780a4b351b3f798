import {
  parseDispatchEvent,
  strikeEventValidator,
  type DispatchEvent,
  type StrikeEvent,
} from '@wirestream/contracts';
import { strikeIdOf } from './strike-id';
import { createStrikesStage } from './strikes.stage';

// A tagged event as the entity stage leaves it (hand-written), then the strikes stage on it.
const body = 'Bilan\n\nLa coalition a mené huit frappes près de Mossoul mardi.';
const tagged = (over: Partial<DispatchEvent> = {}): DispatchEvent => ({
  schemaVersion: 1,
  id: 'v2',
  agency: 'AFP',
  storyId: 'story-1',
  receivedAt: '2026-11-24T10:00:00Z',
  headline: 'Bilan',
  language: 'fr',
  clean: { body, removed: [] },
  dedup: { status: 'update', fingerprint: 'f', updateOf: 'v1' },
  segments: [
    { id: 'h', index: 0, start: 0, end: 5, text: 'Bilan', role: 'headline' },
    { id: 's', index: 1, start: 7, end: body.length, text: body.slice(7), role: 'body' },
  ],
  entities: [
    {
      type: 'LOC',
      text: 'Mossoul',
      start: body.indexOf('Mossoul'),
      end: body.indexOf('Mossoul') + 7,
      segmentId: 's',
      canonical: { id: 'geonames:99072', name: 'Mosul', country: 'IQ', lat: 36.34, lon: 43.13 },
    },
  ],
  stages: [{ name: 'dedup', version: '1' }],
  ...over,
});

describe('strikes stage wiring', () => {
  it('adds strikes with actor as { text, canonical } and one strike event per count, keyed by strikeId', async () => {
    const [outcome] = await createStrikesStage().handleBatch([{ value: tagged(), arrivedAt: new Date(0) }]);
    if (!outcome?.ok) throw new Error('expected success');
    const [enrichedOut, strikeOut, ...rest] = outcome.outputs;
    expect(rest).toHaveLength(0);
    const event = parseDispatchEvent(enrichedOut!.value);
    expect(enrichedOut!.topic).toBe('enriched');
    expect(event.strikes).toEqual([
      expect.objectContaining({
        count: 8,
        kind: 'airstrike',
        location: expect.objectContaining({
          text: 'Mossoul',
          canonical: expect.objectContaining({ name: 'Mosul' }),
        }),
        actor: expect.objectContaining({ text: 'coalition' }),
      }),
    ]);
    expect(event.strikeTotals).toEqual([]);
    const record = strikeOut!.value as StrikeEvent;
    expect(strikeEventValidator.check(record).ok).toBe(true);
    expect(strikeOut!.topic).toBe('strikeEvents');
    expect(strikeOut!.key).toBe(record.strikeId);
    expect(record).toMatchObject({ dispatchId: 'v2', storyId: 'story-1', supersedes: 'v1', count: 8 });
  });

  it('gives a count the same strikeId in every version of its story, and another to another place', () => {
    const base = {
      count: 8,
      approx: false,
      kind: 'airstrike',
      evidence: { text: 'x', start: 0, end: 1, segmentId: 's' },
    };
    const mosul = {
      ...base,
      location: { text: 'Mossoul', canonical: { id: 'geonames:99072', name: 'Mosul' } },
    };
    expect(strikeIdOf('story-1', mosul)).toBe(
      strikeIdOf('story-1', { ...mosul, count: 9, location: { ...mosul.location, text: 'Mosul' } }),
    );
    expect(strikeIdOf('story-1', mosul)).not.toBe(
      strikeIdOf('story-1', { ...base, location: { text: 'Raqqa' } }),
    );
    expect(strikeIdOf('story-1', mosul)).not.toBe(strikeIdOf('story-2', mosul));
  });

  it('skips a language it has no tables for, empty and marked, instead of reading it as English', async () => {
    const german = tagged({
      language: 'de',
      clean: { body: 'Bilan\n\nDie Koalition flog 8 Angriffe bei Mossul.', removed: [] },
    });
    const [outcome] = await createStrikesStage().handleBatch([{ value: german, arrivedAt: new Date(0) }]);
    if (!outcome?.ok) throw new Error('expected success');
    expect(outcome.outputs).toHaveLength(1);
    const event = parseDispatchEvent(outcome.outputs[0]!.value);
    expect(event.strikes).toEqual([]);
    expect(event.strikeTotals).toEqual([]);
    expect(event.stages.at(-1)).toEqual({
      name: 'strikes',
      version: expect.any(String),
      skipped: 'no-language-data',
    });
  });

  it('reads no count in a photo caption: its strike is the photo, not the tally', async () => {
    const withCaption = tagged({
      clean: {
        body,
        removed: [],
        blocks: [{ start: 7, end: body.length, role: 'caption' }],
      },
      segments: [
        { id: 'h', index: 0, start: 0, end: 5, text: 'Bilan', role: 'headline' },
        { id: 's', index: 1, start: 7, end: body.length, text: body.slice(7), role: 'caption' },
      ],
    });
    const [outcome] = await createStrikesStage().handleBatch([
      { value: withCaption, arrivedAt: new Date(0) },
    ]);
    if (!outcome?.ok) throw new Error('expected success');
    const event = parseDispatchEvent(outcome.outputs[0]!.value);
    expect(event.strikes).toEqual([]);
    expect(outcome.outputs).toHaveLength(1);
  });

  it('dead-letters an event the segmentation stage never saw', async () => {
    const [outcome] = await createStrikesStage().handleBatch([
      { value: tagged({ segments: undefined }), arrivedAt: new Date(0) },
    ]);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'WIRE_INPUT_SCHEMA' } });
  });
});
