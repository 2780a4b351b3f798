import { HEADERS, topicNames } from '@wirestream/contracts';
import { createKafka, silentLogger } from '@wirestream/messaging';
import { testInfra, TopicReader, uniquePrefix, waitFor, WorkerProcess } from '@wirestream/testing';

// The HTTP door as deployed (its built entry point, configured by env) on a free port, publishing to
// the run's real broker. Build it first: npx tsc -b services/ingest-http/tsconfig.lib.json
const infra = testInfra();
const AFP_TOKEN = 'afp-int-0123456789abcdef';

const NINJS = {
  uri: 'urn:newsml:afp.com:20251005:TX-INT-1',
  version: 1,
  versioncreated: '2025-10-05T12:32:00Z',
  language: 'fr',
  headline: 'Frappes près de Boukamal',
  body_text: 'La coalition a mené trois frappes près de Boukamal.',
  provider: { name: 'AFP' },
};

const NITF = `<?xml version="1.0" encoding="UTF-8"?>
<nitf xml:lang="fr">
  <head>
    <docdata>
      <doc-id regsrc="AFP" id-string="afp-int-nitf-2"/>
      <du-key key="afp-int-nitf-2" version="5"/>
    </docdata>
  </head>
  <body>
    <body.head><hedline><hl1>Bilan des frappes</hl1></hedline></body.head>
    <body.content><p>Aucun bilan n'a été donné.</p></body.content>
  </body>
</nitf>`;

async function start(env: Record<string, string>): Promise<{ door: WorkerProcess; port: number }> {
  const door = new WorkerProcess('ingest-http', {
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    INGEST_TOKENS: `AFP:${AFP_TOKEN}`,
    LOG_FORMAT: 'json',
    ...env,
  });
  await door.start(30_000);
  return { door, port: door.httpPort! };
}

function post(port: number, contentType: string, body: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/dispatches`, {
    method: 'POST',
    headers: { authorization: `Bearer ${AFP_TOKEN}`, 'content-type': contentType },
    body,
  });
}

describe('ingest-http on the real broker', () => {
  it('stores exactly the accepted dispatches on dispatch.raw, keyed by story, with their headers', async () => {
    const prefix = uniquePrefix('ingest-http');
    const topic = topicNames(prefix).raw;
    const { door, port } = await start({ KAFKA_BROKERS: infra.brokers.join(','), TOPIC_PREFIX: prefix });
    const kafka = createKafka({ brokers: infra.brokers, clientId: 'ingest-http-int', logger: silentLogger });
    let reader: TopicReader | undefined;
    try {
      // Ready once the producer is connected and the topic exists.
      await waitFor(
        async () => ((await fetch(`http://127.0.0.1:${port}/health`)).status === 200 ? true : undefined),
        30_000,
        'ingest-http ready',
      );
      const ninjs = await post(port, 'application/json', JSON.stringify(NINJS));
      expect(ninjs.status).toBe(202);
      expect(await ninjs.json()).toEqual({ ids: ['urn:newsml:afp.com:20251005:TX-INT-1@v1'] });

      const bad = await post(port, 'application/json', JSON.stringify({ id: 'no-body', agency: 'AFP' }));
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'WIRE_INPUT_SCHEMA' });

      const nitf = await post(port, 'application/xml', NITF);
      expect(nitf.status).toBe(202);
      expect(await nitf.json()).toEqual({ ids: ['afp-int-nitf-2@v5'] });

      reader = await TopicReader.start(kafka, [topic]);
      const records = await reader.waitForCount(topic, 2);
      // Anything published after the two would have come in the same fetches: give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(reader.records.get(topic)).toHaveLength(2);
      const byKey = new Map(records.map((r) => [r.key, r]));
      expect([...byKey.keys()].sort()).toEqual(['afp-int-nitf-2', 'urn:newsml:afp.com:20251005:TX-INT-1']);

      const fromNinjs = byKey.get('urn:newsml:afp.com:20251005:TX-INT-1')!;
      expect(fromNinjs.headers[HEADERS.dispatchId]).toBe('urn:newsml:afp.com:20251005:TX-INT-1@v1');
      expect(fromNinjs.headers[HEADERS.storyId]).toBe('urn:newsml:afp.com:20251005:TX-INT-1');
      expect(fromNinjs.headers[HEADERS.traceId]).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.parse(fromNinjs.value!.toString('utf8'))).toMatchObject({
        id: 'urn:newsml:afp.com:20251005:TX-INT-1@v1',
        agency: 'AFP',
        body: 'La coalition a mené trois frappes près de Boukamal.',
        version: 1,
      });
      const fromNitf = byKey.get('afp-int-nitf-2')!;
      expect(fromNitf.headers[HEADERS.dispatchId]).toBe('afp-int-nitf-2@v5');
      expect(fromNitf.headers[HEADERS.storyId]).toBe('afp-int-nitf-2');
      expect(JSON.parse(fromNitf.value!.toString('utf8'))).toMatchObject({
        agency: 'AFP',
        headline: 'Bilan des frappes',
        body: "Aucun bilan n'a été donné.",
      });

      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toContain('wirestream_ingest_dispatches_published_total{agency="AFP"} 2');
      expect(door.logs.join('\n')).not.toContain(AFP_TOKEN);
    } finally {
      await reader?.stop();
      expect(await door.stop()).toBe(0);
    }
  });

  it('answers 503 with Retry-After within the publish bound when the broker refuses connections', async () => {
    const { door, port } = await start({ KAFKA_BROKERS: '127.0.0.1:1', INGEST_PUBLISH_TIMEOUT_MS: '1500' });
    try {
      const started = Date.now();
      const res = await post(port, 'text/plain', 'Un texte que personne ne stockera.');
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toMatchObject({ code: 'WIRE_HTTP_KAFKA_UNAVAILABLE' });
      expect(elapsed).toBeGreaterThanOrEqual(1400);
      expect(elapsed).toBeLessThan(4000);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(503);
    } finally {
      expect(await door.stop()).toBe(0);
    }
  });
});
