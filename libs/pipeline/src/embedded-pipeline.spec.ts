import { parseDispatchEvent } from '@wirestream/contracts';
import { EmbeddedPipeline } from './embedded-pipeline';

const at = new Date('2026-11-24T10:00:00.000Z');
const input = (value: unknown, source = 'test') => ({ value, source });

describe('EmbeddedPipeline', () => {
  it('runs the four stages in order and stamps missing envelope fields from the clock', async () => {
    const pipeline = await EmbeddedPipeline.create({ defaultAgency: 'file', now: () => at });
    const [result] = await pipeline.process([
      input({ body: 'La coalition a mené huit frappes près de Mossoul mardi.' }),
    ]);
    const event = parseDispatchEvent(result!.enriched);
    expect(event.stages.map((s) => s.name)).toEqual(['dedup', 'segmentation', 'entities', 'strikes']);
    expect(event.receivedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(event.agency).toBe('file');
    expect(event.storyId).toBe(event.id);
  });

  it('runs only the stages asked for, and says so in `stages` (no fake output)', async () => {
    const pipeline = await EmbeddedPipeline.create({
      defaultAgency: 'file',
      stages: ['dedup', 'segmentation'],
    });
    const [result] = await pipeline.process([input({ id: 'a', body: 'Un texte. Deux phrases.' })]);
    const event = parseDispatchEvent(result!.enriched);
    expect(event.stages.map((s) => s.name)).toEqual(['dedup', 'segmentation']);
    expect(event.segments).toBeDefined();
    expect(event.entities).toBeUndefined();
    expect(event.strikes).toBeUndefined();
  });

  it('reports a rejected input with its stage and dead letter, and goes on with the others', async () => {
    const pipeline = await EmbeddedPipeline.create({ defaultAgency: 'file' });
    const results = await pipeline.process([
      input({ id: 'bad', agency: 'AFP' }, 'feed.jsonl:1'),
      input({ id: 'good', body: 'Une dépêche valide sur Alep.' }, 'feed.jsonl:2'),
    ]);
    expect(results[0]!.rejected).toMatchObject({
      stage: 'dedup',
      error: { code: 'WIRE_INPUT_SCHEMA' },
      deadLetter: { stage: 'dedup', errorCode: 'WIRE_INPUT_SCHEMA', source: 'feed.jsonl:1', attempt: 1 },
    });
    expect(JSON.parse(results[0]!.rejected!.deadLetter.payload)).toEqual({ id: 'bad', agency: 'AFP' });
    expect(results[1]!.enriched?.id).toBe('good');
  });

  it('reports a second input with the same id as a duplicate of the first, across chunks', async () => {
    const pipeline = await EmbeddedPipeline.create({ defaultAgency: 'file' });
    const [first] = await pipeline.process([input({ id: 'same', body: 'Texte A sur Kirkouk.' })]);
    const [second] = await pipeline.process([input({ id: 'same', body: 'Texte A sur Kirkouk.' })]);
    expect(first!.enriched?.id).toBe('same');
    expect(second!.enriched).toBeUndefined();
    expect(second!.duplicate?.record).toMatchObject({
      id: 'same',
      duplicateOf: 'same',
      reason: 'same dispatch id',
    });
    expect(second!.duplicate?.event?.dedup.status).toBe('duplicate');
  });

  it('keeps the dropped duplicate as an event for --all, with the original it repeats', async () => {
    const pipeline = await EmbeddedPipeline.create({ defaultAgency: 'file' });
    const body = 'Le ministre a annoncé un accord à Genève mercredi soir, selon son entourage.';
    const results = await pipeline.process([
      input({ id: 'o', body }),
      input({ id: 'r', body: `  ${body.toUpperCase()}\n` }),
    ]);
    expect(results[1]!.duplicate?.record).toMatchObject({ id: 'r', duplicateOf: 'o' });
    const dropped = parseDispatchEvent(results[1]!.duplicate!.event);
    expect(dropped.dedup).toMatchObject({ status: 'duplicate', duplicateOf: 'o' });
    expect(dropped.stages.map((s) => s.name)).toEqual(['dedup']);
  });

  it('passes a withdrawal (ninjs pubstatus canceled) through to the end as status withdrawn', async () => {
    const pipeline = await EmbeddedPipeline.create({ defaultAgency: 'file' });
    const body = 'La coalition a mené huit frappes près de Mossoul mardi, selon un bilan militaire.';
    const [first, withdrawal] = await pipeline.process([
      input({ id: 's1@v1', storyId: 's1', body, version: 1 }),
      input({
        id: 's1@v2',
        storyId: 's1',
        body: `${body} Dépêche annulée.`,
        version: 2,
        pubstatus: 'canceled',
      }),
    ]);
    expect(first!.enriched?.dedup.status).toBe('unique');
    const event = parseDispatchEvent(withdrawal!.enriched);
    expect(event).toMatchObject({
      id: 's1@v2',
      storyId: 's1',
      pubstatus: 'canceled',
      dedup: { status: 'withdrawn' },
    });
    expect(event.stages.map((s) => s.name)).toEqual(['dedup']);
    expect(event.segments).toBeUndefined();
    expect(withdrawal!.strikes).toEqual([]);
  });

  it('times each stage', async () => {
    const pipeline = await EmbeddedPipeline.create({ defaultAgency: 'file' });
    await pipeline.process([
      input({ body: 'Un texte court.' }),
      input({ body: 'Un autre texte, différent.' }),
    ]);
    const timings = pipeline.stageTimings();
    expect(timings.dedup.messages).toBe(2);
    expect(timings.strikes.messages).toBe(2);
    expect(timings.segmentation.ms).toBeGreaterThanOrEqual(0);
  });
});

describe('EmbeddedPipeline routing', () => {
  it('runs the stages asked for in flow order, whatever the order given', async () => {
    const pipeline = await EmbeddedPipeline.create({
      defaultAgency: 'file',
      stages: ['segmentation', 'dedup'],
    });
    expect(pipeline.stages.map((s) => s.name)).toEqual(['dedup', 'segmentation']);
  });

  it('refuses a stage set where nothing feeds a stage (its input is produced by none of them)', async () => {
    await expect(EmbeddedPipeline.create({ defaultAgency: 'file', stages: ['entities'] })).rejects.toThrow(
      /produces the input of entities/,
    );
  });

  it('keeps every record on a topic no running stage reads as a sink record, in order', async () => {
    const pipeline = await EmbeddedPipeline.create({ defaultAgency: 'file' });
    const [result] = await pipeline.process([
      input({ id: 'k', body: 'La coalition a mené huit frappes près de Mossoul mardi.' }),
    ]);
    // One count (8 near Mosul): its strike event, then the story's summary (which reads
    // dispatch.enriched, so that topic is no sink here).
    expect(result!.sinks.map((s) => s.topic)).toEqual(['strikeEvents', 'summary']);
    expect(result!.sinks[1]!.value).toMatchObject({ storyId: 'k', status: 'current', strikes: 8 });
    expect(result!.strikes.map((s) => s.count)).toEqual([8]);
  });
});
