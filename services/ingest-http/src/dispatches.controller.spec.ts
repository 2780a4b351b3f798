import { request as httpRequest, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type INestApplication } from '@nestjs/common';
import { HEADERS } from '@wirestream/contracts';
import { dispatchIdFor } from '@wirestream/pipeline';
import request from 'supertest';
import { AFP_TOKEN, type FakeSink, REUTERS_TOKEN, startTestApp } from './ingest-app.spec-helper';

const NINJS = {
  uri: 'urn:newsml:afp.com:20251005:TX-PAR-ABC12',
  version: '2',
  versioncreated: '2025-10-05T12:32:00Z',
  pubstatus: 'usable',
  language: 'fr',
  headline: 'Frappes de la coalition près de Boukamal',
  body_text: 'La coalition a mené trois frappes près de Boukamal.\n\nUn deuxième paragraphe.',
  provider: { name: 'AFP' },
};

const NITF = `<?xml version="1.0" encoding="UTF-8"?>
<nitf xml:lang="fr">
  <head>
    <title>Frappes près de Boukamal</title>
    <docdata management-status="usable">
      <doc-id regsrc="AFP" id-string="afp-nitf-0001"/>
      <du-key key="afp-nitf-0001" version="3"/>
      <date.issue norm="20251005T123200Z"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Frappes près de Boukamal</hl1></hedline>
      <dateline><location>BEYROUTH</location></dateline>
    </body.head>
    <body.content>
      <p>La coalition a mené trois frappes.</p>
      <p>Elle n'a pas donné de bilan.</p>
    </body.content>
  </body>
</nitf>`;

const G2 = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tag:reuters.com,2025:newsml_X1" version="4" standard="NewsML-G2" standardversion="2.33" xml:lang="en">
  <itemMeta>
    <itemClass qcode="icls:text"/>
    <provider qcode="nprov:REUTERS"/>
    <versionCreated>2025-10-05T14:58:00Z</versionCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <language tag="en"/>
    <headline>Coalition strikes near Albu Kamal</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
        <body><p>The coalition carried out three strikes.</p></body></html>
    </inlineXML>
  </contentSet>
</newsItem>`;

const HTML = `<!DOCTYPE html><html lang="fr"><head><title>Une page</title><script>var tracking = 1;</script>
<style>p { color: red }</style></head><body><nav><a href="/">Accueil</a></nav>
<main><article><h1>Un titre de page</h1><p>Le texte principal de la page.</p></article></main></body></html>`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>`;

const bearer = (token: string) => `Bearer ${token}`;

/** A POST written chunk by chunk, without Content-Length (supertest always sets one). */
async function rawPost(
  app: INestApplication,
  headers: Record<string, string>,
  chunks: readonly string[],
): Promise<{ status: number; body: string }> {
  const server = app.getHttpServer() as Server;
  if (!server.listening) await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/dispatches', headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('POST /dispatches', () => {
  let app: INestApplication;
  let sink: FakeSink;
  let logs: string[];

  beforeEach(async () => {
    ({ app, sink, logs } = await startTestApp({ INGEST_MAX_BYTES: '4096' }));
  });
  afterEach(() => app.close());

  const post = (type: string | undefined, body: string | Buffer, token: string | null = AFP_TOKEN) => {
    let req = request(app.getHttpServer()).post('/dispatches');
    if (token !== null) req = req.set('Authorization', bearer(token));
    if (type !== undefined) req = req.set('Content-Type', type);
    return req.send(body);
  };

  describe('202: stored, then answered with the ids', () => {
    it('given our envelope without id or agency, then the token agency and a content id fill them', async () => {
      const body = 'La coalition a mené trois frappes.';
      const res = await post('application/json', JSON.stringify({ body, storyId: 'story-1' }));
      const id = dispatchIdFor('AFP', body);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ ids: [id] });
      expect(sink.records).toHaveLength(1);
      const record = sink.records[0]!;
      expect(record.key).toBe('story-1');
      expect(JSON.parse(record.value as string)).toEqual({ body, storyId: 'story-1', id, agency: 'AFP' });
      expect(record.headers?.[HEADERS.dispatchId]).toBe(id);
      expect(record.headers?.[HEADERS.storyId]).toBe('story-1');
      expect(record.headers?.[HEADERS.traceId]).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('given an array of envelopes, then all are stored in one publish, keyed by their own id', async () => {
      const res = await post(
        'application/json; charset=utf-8',
        JSON.stringify([
          { id: 'a1', agency: 'afp', body: 'Premier.' },
          { id: 'a2', body: 'Second.' },
        ]),
      );
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ ids: ['a1', 'a2'] });
      expect(sink.published).toHaveLength(1);
      expect(sink.records.map((r) => r.key)).toEqual(['a1', 'a2']);
      // The envelope's own spelling of its agency is kept.
      expect(JSON.parse(sink.records[0]!.value as string).agency).toBe('afp');
    });

    it('given an IPTC ninjs item, then its uri is the story and uri@version the id', async () => {
      const res = await post('application/json', JSON.stringify(NINJS));
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ ids: ['urn:newsml:afp.com:20251005:TX-PAR-ABC12@v2'] });
      const record = sink.records[0]!;
      expect(record.key).toBe('urn:newsml:afp.com:20251005:TX-PAR-ABC12');
      expect(JSON.parse(record.value as string)).toMatchObject({
        agency: 'AFP',
        headline: 'Frappes de la coalition près de Boukamal',
        language: 'fr',
        receivedAt: '2025-10-05T12:32:00Z',
        version: 2,
        pubstatus: 'usable',
        body: 'La coalition a mené trois frappes près de Boukamal.\n\nUn deuxième paragraphe.',
      });
    });

    it('given NDJSON mixing an envelope and a ninjs item, then one dispatch per line', async () => {
      const body = `${JSON.stringify({ id: 'n1', body: 'Ligne un.' })}\n\n${JSON.stringify(NINJS)}\n`;
      const res = await post('application/x-ndjson', body);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ ids: ['n1', 'urn:newsml:afp.com:20251005:TX-PAR-ABC12@v2'] });
    });

    it('given an NITF document as application/xml, then docdata gives story, version and agency', async () => {
      const res = await post('application/xml', NITF);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ ids: ['afp-nitf-0001@v3'] });
      expect(JSON.parse(sink.records[0]!.value as string)).toEqual({
        id: 'afp-nitf-0001@v3',
        agency: 'AFP',
        body: "BEYROUTH — La coalition a mené trois frappes.\n\nElle n'a pas donné de bilan.",
        headline: 'Frappes près de Boukamal',
        language: 'fr',
        receivedAt: '2025-10-05T12:32:00Z',
        storyId: 'afp-nitf-0001',
        version: 3,
        pubstatus: 'usable',
      });
      expect(sink.records[0]!.key).toBe('afp-nitf-0001');
    });

    it('given a NewsML-G2 item as text/xml with the Reuters token, then guid@version is the id', async () => {
      const res = await post('text/xml', G2, REUTERS_TOKEN);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ ids: ['tag:reuters.com,2025:newsml_X1@v4'] });
      expect(JSON.parse(sink.records[0]!.value as string)).toMatchObject({
        agency: 'REUTERS',
        body: 'The coalition carried out three strikes.',
        headline: 'Coalition strikes near Albu Kamal',
      });
    });

    it('given an HTML page, then only its main text is kept', async () => {
      const res = await post('text/html; charset=UTF-8', HTML);
      expect(res.status).toBe(202);
      const value = JSON.parse(sink.records[0]!.value as string) as { body: string; agency: string };
      expect(value.body).toContain('Le texte principal de la page.');
      expect(value.body).not.toMatch(/tracking|color|Accueil/);
      expect(value.agency).toBe('AFP');
    });

    it('given plain text, then it is one dispatch body as sent', async () => {
      const text = 'BEYROUTH, 5 oct 2025 (AFP) - Trois frappes.';
      const res = await post('text/plain', text);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ ids: [dispatchIdFor('AFP', text)] });
      expect(JSON.parse(sink.records[0]!.value as string)).toEqual({
        body: text,
        id: dispatchIdFor('AFP', text),
        agency: 'AFP',
      });
    });
  });

  describe('4xx: refused with a reason and a code, nothing stored', () => {
    it.each([
      ['invalid JSON', 'application/json', '{"body": ', 'WIRE_INPUT_INVALID_JSON', /invalid JSON/],
      ['an envelope without body', 'application/json', '{"id":"x"}', 'WIRE_INPUT_SCHEMA', /\/body/],
      ['a blank body field', 'application/json', '{"body":"  "}', 'WIRE_INPUT_EMPTY_BODY', /empty/],
      ['an empty request', 'text/plain', '', 'WIRE_INPUT_EMPTY_BODY', /the body is empty/],
      ['an empty array', 'application/json', '[]', 'WIRE_INPUT_EMPTY_BODY', /array is empty/],
      [
        'a bad language tag',
        'application/json',
        '{"body":"x","language":"French"}',
        'WIRE_INPUT_SCHEMA',
        /language/,
      ],
      ['malformed XML', 'application/xml', '<nitf><body>', 'WIRE_INPUT_SCHEMA', /NITF/],
      ['an XML external entity', 'application/xml', XXE, 'WIRE_INPUT_SCHEMA', /NITF/],
      [
        'XML of no known format',
        'text/xml',
        '<rss><channel/></rss>',
        'WIRE_INPUT_UNSUPPORTED_FORMAT',
        /not a recognised/,
      ],
    ])('given %s, then 400', async (_case, type, body, code, reason) => {
      const res = await post(type, body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code });
      expect(res.body.message).toMatch(reason);
      expect(sink.records).toHaveLength(0);
    });

    it('given an array with one bad envelope, then every problem is listed and none is stored', async () => {
      const res = await post('application/json', JSON.stringify([{ body: 'ok' }, { id: 'b' }, { body: 3 }]));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('WIRE_INPUT_SCHEMA');
      expect((res.body as { items: { index: number }[] }).items.map((i) => i.index)).toEqual([1, 2]);
      expect(res.body.message).toMatch(/^item 1: .*\(and 1 more problems, see items\)$/);
      expect(sink.records).toHaveLength(0);
    });

    it('given NDJSON with a bad line, then the line is named and no line is stored', async () => {
      const res = await post('application/x-ndjson', '{"body":"un"}\n{"body":\n');
      expect(res.status).toBe(400);
      expect(res.body.items).toEqual([
        { index: 1, code: 'WIRE_INPUT_INVALID_JSON', message: expect.any(String) },
      ]);
      expect(sink.records).toHaveLength(0);
    });

    it('given bytes that are not UTF-8, then 400', async () => {
      const res = await post('text/plain', Buffer.from([0x41, 0xff, 0xfe, 0x42]));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('WIRE_INPUT_INVALID_UTF8');
    });

    it.each([
      ['no Authorization header', null, /Authorization: Bearer <token> header is required/],
      ['an unknown token', 'reuters-0123456789abcdeX', /unknown token/],
    ])('given %s, then 401 with a challenge', async (_case, token, reason) => {
      const res = await post('text/plain', 'Un texte.', token);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.body).toMatchObject({ code: 'WIRE_HTTP_UNAUTHENTICATED' });
      expect(res.body.message).toMatch(reason);
    });

    it('given Basic credentials, then 401', async () => {
      const res = await request(app.getHttpServer())
        .post('/dispatches')
        .set('Authorization', 'Basic YWZwOnNlY3JldA==')
        .set('Content-Type', 'text/plain')
        .send('x');
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/must be "Bearer <token>"/);
    });

    it('given an envelope naming another agency than the token, then 403', async () => {
      const res = await post(
        'application/json',
        JSON.stringify([{ body: 'a' }, { agency: 'REUTERS', body: 'b' }]),
      );
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'WIRE_HTTP_FORBIDDEN_AGENCY' });
      expect(res.body.message).toBe('item 1: agency "REUTERS" is not the agency of this token (AFP)');
      expect(sink.records).toHaveLength(0);
    });

    it('given an NITF from Reuters posted with the AFP token, then 403', async () => {
      const res = await post('application/xml', NITF.replace('regsrc="AFP"', 'regsrc="REUTERS"'));
      expect(res.status).toBe(403);
    });

    it('given a body over INGEST_MAX_BYTES with Content-Length, then 413 before parsing', async () => {
      const res = await post('application/json', `{"body":"${'x'.repeat(5000)}`);
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({
        code: 'WIRE_INPUT_TOO_LARGE',
        message: 'the body is larger than 4096 bytes',
      });
    });

    it('given a chunked body that grows over the limit, then 413 while streaming', async () => {
      const chunks = Array.from({ length: 10 }, () => 'y'.repeat(1000));
      const answer = await rawPost(
        app,
        { authorization: bearer(AFP_TOKEN), 'content-type': 'text/plain' },
        chunks,
      );
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).code).toBe('WIRE_INPUT_TOO_LARGE');
    });

    it.each([
      ['application/pdf', 'WIRE_HTTP_UNSUPPORTED_MEDIA_TYPE', /unsupported Content-Type "application\/pdf"/],
      ['text/plain; charset=iso-8859-1', 'WIRE_HTTP_UNSUPPORTED_CHARSET', /send UTF-8/],
    ])('given Content-Type %s, then 415', async (type, code, reason) => {
      const res = await post(type, 'abc');
      expect(res.status).toBe(415);
      expect(res.body.code).toBe(code);
      expect(res.body.message).toMatch(reason);
    });

    it('given no Content-Type at all, then 415', async () => {
      const answer = await rawPost(app, { authorization: bearer(AFP_TOKEN) }, ['abc']);
      expect(answer.status).toBe(415);
      expect(JSON.parse(answer.body).message).toMatch(/a Content-Type is required/);
    });

    it('given an unknown token and an unsupported type, then the caller is refused first (401)', async () => {
      expect((await post('application/pdf', 'x', 'nobody-0123456789abcdef')).status).toBe(401);
    });
  });

  describe('503: Kafka unavailable', () => {
    it('given a publish that fails, then 503 with Retry-After and no ids', async () => {
      sink.failWith = new Error('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
      const res = await post('text/plain', 'Un texte.');
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({ code: 'WIRE_HTTP_KAFKA_UNAVAILABLE' });
      expect(res.body.ids).toBeUndefined();
    });
  });

  it('never writes a token to the logs', async () => {
    await post('text/plain', 'Un texte.');
    await post('text/plain', 'Un texte.', 'unknown-0123456789abcdef');
    const all = logs.join('');
    expect(all).toContain('dispatches accepted');
    expect(all).not.toContain(AFP_TOKEN);
    expect(all).not.toContain('unknown-0123456789abcdef');
  });
});

describe('GET /health and /metrics', () => {
  let app: INestApplication;
  let sink: FakeSink;

  beforeEach(async () => {
    ({ app, sink } = await startTestApp());
  });
  afterEach(() => app.close());

  it('given Kafka answering, then /health is 200 up; given it not, then 503 down', async () => {
    const up = await request(app.getHttpServer()).get('/health');
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ status: 'ok', info: { kafka: { status: 'up' } } });
    sink.ready = false;
    const down = await request(app.getHttpServer()).get('/health');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'WIRE_HTTP_503', details: { kafka: { status: 'down' } } });
    expect((await request(app.getHttpServer()).get('/health/live')).status).toBe(200);
  });

  it('given requests answered 202, 400 and 401, then /metrics counts them by status and counts stored dispatches', async () => {
    const server = app.getHttpServer();
    const auth = bearer(AFP_TOKEN);
    await request(server)
      .post('/dispatches')
      .set('Authorization', auth)
      .set('Content-Type', 'text/plain')
      .send('un');
    await request(server)
      .post('/dispatches')
      .set('Authorization', auth)
      .set('Content-Type', 'application/json')
      .send('[{"body":"a"},{"body":"b"}]');
    await request(server)
      .post('/dispatches')
      .set('Authorization', auth)
      .set('Content-Type', 'application/json')
      .send('{');
    await request(server).post('/dispatches').set('Content-Type', 'text/plain').send('x');
    const res = await request(server).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('wirestream_ingest_requests_total{status="202"} 2');
    expect(res.text).toContain('wirestream_ingest_requests_total{status="400"} 1');
    expect(res.text).toContain('wirestream_ingest_requests_total{status="401"} 1');
    expect(res.text).toContain('wirestream_ingest_dispatches_published_total{agency="AFP"} 3');
  });

  it('given an unknown route, then 404 in the same JSON shape', async () => {
    const res = await request(app.getHttpServer()).get('/nowhere');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'WIRE_HTTP_404' });
  });
});
