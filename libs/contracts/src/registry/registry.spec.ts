import { ALL_SCHEMAS } from '../all-schemas';
import { DispatchEventSchema } from '../dispatch-event.schema';
import { HEADER_SETS, TOPIC_SUFFIXES, topicKeyOfSuffix } from '../topics';
import { flowOrder, isDispatchTopic, producerOf, sinkTopics, STAGE_NAMES, subscribersOf } from './flow';
import { STAGES, type StageDefinition } from './stage-registry';
import { keyOf, TOPIC_KEYS, TOPICS } from './topic-registry';

const worker = { service: 's', httpPort: 1, needsRedis: false };

describe('stage registry', () => {
  it('given the stages, then the flow order follows inputs and outputs: dedup … strikes, then summary', () => {
    expect(STAGE_NAMES).toEqual(['dedup', 'segmentation', 'entities', 'strikes', 'summary']);
  });

  it('given a stage listed before the stage feeding it, then flow order still puts the feeder first', () => {
    const stages: Record<string, StageDefinition> = {
      late: { title: 'b', input: 'unique', outputs: ['enriched'], worker },
      early: { title: 'a', input: 'raw', outputs: ['unique'], worker },
    };
    expect(flowOrder(stages)).toEqual(['early', 'late']);
  });

  it('given a stage nothing feeds, or two stages feeding each other, then flow order names them', () => {
    expect(() =>
      flowOrder({ orphan: { title: 'o', input: 'tagged', outputs: ['enriched'], worker } }),
    ).toThrow(/orphan/);
    expect(() =>
      flowOrder({
        a: { title: 'a', input: 'unique', outputs: ['segmented'], worker },
        b: { title: 'b', input: 'segmented', outputs: ['unique'], worker },
      }),
    ).toThrow(/a, b/);
  });

  it('given every stage, then its input and outputs are registered topics and its port is its own', () => {
    const ports = STAGE_NAMES.map((n) => STAGES[n].worker.httpPort);
    expect(new Set(ports).size).toBe(ports.length);
    for (const name of STAGE_NAMES) {
      for (const topic of [STAGES[name].input, ...STAGES[name].outputs]) expect(TOPIC_KEYS).toContain(topic);
    }
  });

  it('given the topics, then each stage-produced topic has one producer, and only dedup needs Redis', () => {
    expect(producerOf('unique')).toBe('dedup');
    expect(producerOf('strikeEvents')).toBe('strikes');
    expect(producerOf('raw')).toBeUndefined();
    expect(producerOf('dlq')).toBeUndefined();
    expect(subscribersOf('raw')).toEqual(['dedup']);
    expect(subscribersOf('tagged')).toEqual(['strikes']);
    expect(subscribersOf('enriched')).toEqual(['summary']);
    expect(STAGE_NAMES.filter((n) => STAGES[n].worker.needsRedis)).toEqual(['dedup']);
  });

  it('given the topics nobody in the pipeline reads, then they are what it hands to the outside', () => {
    expect(sinkTopics().sort()).toEqual(['dlq', 'duplicates', 'metrics', 'strikeEvents', 'summary']);
  });
});

describe('topic registry', () => {
  it('given each topic, then its suffix is unique and maps back to its key', () => {
    expect(new Set(Object.values(TOPIC_SUFFIXES)).size).toBe(TOPIC_KEYS.length);
    expect(topicKeyOfSuffix('strike.events')).toBe('strikeEvents');
    expect(topicKeyOfSuffix('dispatch.raw')).toBe('raw');
    expect(topicKeyOfSuffix('no.such.topic')).toBeUndefined();
  });

  it('given each topic, then its schema is the exported one for its JSON Schema file', () => {
    const byFile = new Map(
      Object.entries(ALL_SCHEMAS).map(([name, schema]) => [`${name}.schema.json`, schema]),
    );
    for (const key of TOPIC_KEYS) expect(byFile.get(TOPICS[key].schemaFile)).toBe(TOPICS[key].schema);
  });

  it('given the dispatch topics, then they are the four a dispatch event travels on', () => {
    expect(TOPIC_KEYS.filter(isDispatchTopic)).toEqual(['unique', 'segmented', 'tagged', 'enriched']);
    expect(TOPICS.enriched.schema).toBe(DispatchEventSchema);
  });

  it('given a value, then the key function gives its story, its strike id or its service', () => {
    expect(keyOf('raw', { body: 'x', id: 'd1' })).toBe('d1');
    expect(keyOf('raw', { body: 'x', id: 'd1', storyId: 's1' })).toBe('s1');
    expect(keyOf('metrics', { service: 'dedup-worker' } as never)).toBe('dedup-worker');
    expect(keyOf('strikeEvents', { strikeId: 'k1', storyId: 's1' } as never)).toBe('k1');
    expect(keyOf('enriched', { storyId: 's2', id: 'd2' } as never)).toBe('s2');
  });

  it('given the settings, then strike events and story summaries (one fact per key) are the compacted topics', () => {
    expect(TOPIC_KEYS.filter((k) => TOPICS[k].settings.cleanupPolicy === 'compact')).toEqual([
      'strikeEvents',
      'summary',
    ]);
    expect(TOPICS.metrics.settings.retentionMs).toBe(86_400_000);
  });

  it('given the header sets, then stage records carry the schema version and dead letters the origin', () => {
    expect(HEADER_SETS[TOPICS.enriched.headers]).toContain('schema-version');
    expect(HEADER_SETS[TOPICS.dlq.headers]).toEqual(expect.arrayContaining(['origin-topic', 'error-code']));
    expect(HEADER_SETS[TOPICS.raw.headers]).toContain('trace-id');
  });
});
