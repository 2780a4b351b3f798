import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADERS, topicNames } from '@wirestream/contracts';
import { createKafka, silentLogger } from '@wirestream/messaging';
import { runWire as run, testInfra, TopicReader, uniquePrefix } from '@wirestream/testing';

// `wire publish` and `wire tail` as a user runs them (the built bin), on the real broker.
const infra = testInfra();
describe('wire publish and wire tail', () => {
  const prefix = uniquePrefix('cli');
  const env = { KAFKA_BROKERS: infra.brokers.join(','), TOPIC_PREFIX: prefix };

  it('publishes envelopes keyed by story, rejects invalid ones, and tail prints them back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wire-publish-'));
    writeFileSync(
      join(dir, 'feed.jsonl'),
      [
        JSON.stringify({ id: 'p1', agency: 'AFP', body: 'Premier texte.', storyId: 'story-a' }),
        JSON.stringify({ id: 'p2', agency: 'AFP', body: 'Second texte.' }),
        JSON.stringify({ id: 'p3', agency: 'AFP' }),
        '{not json',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'scraped.txt'), 'Un texte copié depuis une page.');
    const published = await run(['publish', dir], env);
    expect(published.stderr).toMatch(/feed\.jsonl:3: rejected: invalid RawDispatch: \/body/);
    expect(published.stderr).toMatch(/feed\.jsonl:4: rejected: invalid JSON/);
    expect(published.stderr).toMatch(
      new RegExp(`published 3 dispatches to ${prefix.replace('.', '\\.')}dispatch\\.raw, 2 rejected`),
    );
    expect(published.code).toBe(1);

    const kafka = createKafka({ brokers: infra.brokers, clientId: 'cli-int', logger: silentLogger });
    const reader = await TopicReader.start(kafka, [topicNames(prefix).raw]);
    try {
      const records = await reader.waitForCount(topicNames(prefix).raw, 3);
      const byId = new Map(records.map((r) => [JSON.parse(r.value!.toString()).id as string, r]));
      expect(byId.get('p1')!.key).toBe('story-a');
      expect(byId.get('p2')!.key).toBe('p2');
      expect(byId.get('scraped')!.key).toBe('scraped');
      expect(JSON.parse(byId.get('scraped')!.value!.toString())).toEqual({
        id: 'scraped',
        agency: 'file',
        body: 'Un texte copié depuis une page.',
      });
      expect(byId.get('p1')!.headers[HEADERS.dispatchId]).toBe('p1');
    } finally {
      await reader.stop();
    }

    const tailed = await run(['tail', 'dispatch.raw', '--from-beginning', '--json', '--max', '3'], env);
    expect(tailed.code).toBe(0);
    const ids = tailed.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id)
      .sort();
    expect(ids).toEqual(['p1', 'p2', 'scraped']);
  });

  it('says how to point it at a broker when none is configured', async () => {
    const result = await run(['publish', '-'], { KAFKA_BROKERS: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no Kafka brokers: pass --brokers host:port or set KAFKA_BROKERS/);
  });
});
