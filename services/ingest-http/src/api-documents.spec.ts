import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  ENTRY_TOPIC,
  HEADER_SETS,
  STAGE_NAMES,
  STAGES,
  TOPIC_KEYS,
  TOPIC_SUFFIXES,
  TOPICS,
} from '@wirestream/contracts';
import { parse } from 'yaml';

const DOCS = join(__dirname, '..', 'docs');

function load(name: string): Record<string, unknown> {
  return parse(readFileSync(join(DOCS, name), 'utf8')) as Record<string, unknown>;
}

/** Every `$ref` string in a document. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === '$ref' && typeof v === 'string' ? [v] : refs(v),
  );
}

/** Resolves a local `#/a/b` pointer in `doc`. */
function pointer(doc: unknown, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], doc);
}

describe.each(['openapi.yaml', 'asyncapi.yaml'])('%s', (name) => {
  const doc = load(name);

  it('given the document, when parsed as YAML, then every local $ref resolves and every file $ref exists', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(0);
    for (const ref of all) {
      if (ref.startsWith('#/')) expect([ref, pointer(doc, ref)]).toEqual([ref, expect.anything()]);
      else expect([ref, existsSync(resolve(DOCS, ref.split('#')[0] as string))]).toEqual([ref, true]);
    }
  });

  it('given the file $refs, then they are exactly contract schema files', () => {
    const files = refs(doc).filter((r) => !r.startsWith('#'));
    for (const file of files) {
      expect(dirname(resolve(DOCS, file))).toBe(resolve(__dirname, '../../../libs/contracts/schemas'));
    }
  });
});

describe('asyncapi.yaml', () => {
  const doc = load('asyncapi.yaml');
  const channels = doc['channels'] as Record<string, { address: string; messages: Record<string, unknown> }>;

  it('given AsyncAPI 3.0, then the channels are exactly the contract topics, by key and by address', () => {
    expect(doc['asyncapi']).toBe('3.0.0');
    expect(Object.keys(channels).sort()).toEqual(Object.keys(TOPIC_SUFFIXES).sort());
    for (const [key, suffix] of Object.entries(TOPIC_SUFFIXES)) {
      expect(channels[key]?.address).toBe(`{prefix}${suffix}`);
    }
  });

  it('given the stage registry, then the operations are exactly what each stage reads and writes', () => {
    const operations = Object.values(
      doc['operations'] as Record<string, { action: string; channel: { $ref: string } }>,
    );
    const actual = operations.map((o) => `${o.action} ${o.channel.$ref.replace('#/channels/', '')}`).sort();
    const expected = new Set<string>([`send ${ENTRY_TOPIC}`, 'send dlq', 'send metrics']);
    for (const name of STAGE_NAMES) {
      expected.add(`receive ${STAGES[name].input}`);
      for (const output of STAGES[name].outputs) expected.add(`send ${output}`);
    }
    expect(actual).toEqual([...expected].sort());
  });

  it('given each channel, then its title and payload file are the topic registry entry', () => {
    for (const key of TOPIC_KEYS) {
      expect(channels[key]).toMatchObject({ title: TOPICS[key].title });
      const [message] = Object.values(channels[key]!.messages) as { $ref: string }[];
      const resolved = pointer(doc, message!.$ref) as { payload: { $ref: string } };
      expect(resolved.payload.$ref.split('/').pop()).toBe(TOPICS[key].schemaFile);
    }
  });

  it('given each channel, then its message headers are the header set the registry gives its topic', () => {
    for (const key of TOPIC_KEYS) {
      const [message] = Object.values(channels[key]!.messages) as { $ref: string }[];
      const resolved = pointer(doc, message!.$ref) as { headers: { $ref?: string; properties?: object } };
      const headers = (resolved.headers.$ref ? pointer(doc, resolved.headers.$ref) : resolved.headers) as {
        properties: object;
      };
      expect(Object.keys(headers.properties).sort()).toEqual([...HEADER_SETS[TOPICS[key].headers]].sort());
    }
  });

  it('given the message schemas, then every contract schema file is described', () => {
    const files = refs(doc['components'])
      .filter((r) => !r.startsWith('#'))
      .map((r) => r.split('/').pop())
      .sort();
    const schemas = [
      'dead-letter.schema.json',
      'dispatch-event.schema.json',
      'duplicate-record.schema.json',
      'metrics-snapshot.schema.json',
      'raw-dispatch.schema.json',
      'story-summary.schema.json',
      'strike-event.schema.json',
    ];
    expect(files).toEqual(schemas);
  });

  it('given every channel, then each has a message with a key binding', () => {
    for (const channel of Object.values(channels)) {
      const [message] = Object.values(channel.messages);
      const resolved = pointer(doc, (message as { $ref: string }).$ref) as {
        bindings: { kafka: { key: { type: string } } };
      };
      expect(resolved.bindings.kafka.key.type).toBe('string');
    }
  });
});

describe('openapi.yaml', () => {
  const doc = load('openapi.yaml');
  const post = (doc['paths'] as Record<string, Record<string, Record<string, unknown>>>)['/dispatches']![
    'post'
  ]!;

  it('given POST /dispatches, then it documents every content type and status code the door uses', () => {
    expect(doc['openapi']).toBe('3.1.0');
    const content = (post['requestBody'] as { content: Record<string, unknown> }).content;
    expect(Object.keys(content).sort()).toEqual(
      [
        'application/json',
        'application/x-ndjson',
        'application/xml',
        'text/html',
        'text/plain',
        'text/xml',
      ].sort(),
    );
    const responses = post['responses'] as Record<string, { content: Record<string, { schema: unknown }> }>;
    expect(Object.keys(responses).sort()).toEqual(['202', '400', '401', '403', '413', '415', '503']);
    for (const response of Object.values(responses)) {
      expect(response.content['application/json']?.schema).toBeDefined();
    }
  });

  it('given the security scheme, then it is HTTP bearer', () => {
    const schemes = (doc['components'] as { securitySchemes: Record<string, unknown> }).securitySchemes;
    expect(schemes['agencyToken']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
