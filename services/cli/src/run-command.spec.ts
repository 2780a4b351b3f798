import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDispatchEvent, type DispatchEvent } from '@wirestream/contracts';
import { main } from './main';
import { memoryIo } from './testing-io.spec-helper';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const boukamal = join(fixtures, 'dispatches', 'coalition-boukamal.fr.txt');
const expected = JSON.parse(
  readFileSync(join(fixtures, 'expected', 'coalition-boukamal.fr.expected.json'), 'utf8'),
) as {
  headline: string;
};

function events(text: string): DispatchEvent[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => parseDispatchEvent(JSON.parse(l)));
}

function scratch(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wire-run-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const envelope = (body: string, extra: object = {}) => JSON.stringify({ agency: 'AFP', body, ...extra });

describe('wire run', () => {
  it('prints one valid enriched event for the scraped fixture, with every stage run', async () => {
    const io = memoryIo();
    const code = await main(['run', boukamal], io);
    expect(code).toBe(0);
    const [event, ...rest] = events(io.out());
    expect(rest).toHaveLength(0);
    expect(event!.id).toBe('coalition-boukamal.fr');
    expect(event!.agency).toBe('file');
    expect(event!.storyId).toBe('coalition-boukamal.fr');
    expect(event!.headline).toBe(expected.headline);
    expect(event!.clean.body.startsWith(`${expected.headline}\n\n`)).toBe(true);
    expect(event!.dedup.status).toBe('unique');
    expect(event!.stages.map((s) => s.name)).toEqual(['dedup', 'segmentation', 'entities', 'strikes']);
    for (const s of event!.segments!) expect(event!.clean.body.slice(s.start, s.end)).toBe(s.text);
    for (const e of event!.entities!) expect(event!.clean.body.slice(e.start, e.end)).toBe(e.text);
    expect(io.err()).toMatch(/^wire: 1 processed, 0 duplicates, 0 rejected in /m);
    expect(io.err()).toMatch(
      /^ {2}stage +dispatches +rate\/s +total ms +p50 ms +p99 ms +rejected +duplicates$/m,
    );
    for (const stage of ['dedup', 'segmentation', 'entities', 'strikes']) {
      expect(io.err()).toMatch(new RegExp(`^ {2}${stage} +1 +\\d+ +[\\d.]+ +[\\d.]+ +[\\d.]+ +0 +0$`, 'm'));
    }
  });

  it('reads directories sorted, .json and .jsonl, keeps input order, and reports a file of another type', async () => {
    const dir = scratch({
      'b.jsonl': [
        envelope('Deuxième dépêche sur Mossoul.', { id: 'b1' }),
        '',
        envelope('Third dispatch about Raqqa.', { id: 'b2' }),
      ].join('\n'),
      'a.json': envelope('Première dépêche, sur Alep.', { id: 'a1' }),
      'notes.md': '# not a dispatch format: reported, not skipped in silence',
    });
    const io = memoryIo();
    expect(await main(['run', dir], io)).toBe(1);
    expect(events(io.out()).map((e) => e.id)).toEqual(['a1', 'b1', 'b2']);
    expect(io.err()).toMatch(/notes\.md: rejected: unsupported file type "\.md"/);
  });

  it('reads JSON Lines on stdin with -', async () => {
    const io = memoryIo(`${envelope('A dispatch from stdin about Mosul.', { id: 's1' })}\n`);
    expect(await main(['run', '-'], io)).toBe(0);
    expect(events(io.out()).map((e) => [e.id, e.agency])).toEqual([['s1', 'AFP']]);
  });

  it('fills id, storyId and receivedAt when the envelope omits them', async () => {
    const io = memoryIo(`${JSON.stringify({ body: 'Une dépêche sans identifiant.' })}\n`);
    expect(await main(['run', '-'], io)).toBe(0);
    const [event] = events(io.out());
    expect(event!.id).toMatch(/^[0-9a-f]{24}$/);
    expect(event!.storyId).toBe(event!.id);
    expect(event!.agency).toBe('file');
    expect(Date.parse(event!.receivedAt)).not.toBeNaN();
  });

  it('drops a re-sent dispatch, and prints it as a duplicate with --all', async () => {
    const body = 'La coalition a mené huit frappes près de Mossoul, selon un bilan militaire.';
    const lines = `${envelope(body, { id: 'x1' })}\n${envelope(`  ${body.toUpperCase()} `, { id: 'x2' })}\n`;
    const quiet = memoryIo(lines);
    expect(await main(['run', '-'], quiet)).toBe(0);
    expect(events(quiet.out()).map((e) => e.id)).toEqual(['x1']);
    expect(quiet.err()).toMatch(/1 processed, 1 duplicates, 0 rejected/);
    expect(quiet.err()).toMatch(/^ {2}dedup +2 +\d+ +[\d.]+ +[\d.]+ +[\d.]+ +0 +1$/m);

    const all = memoryIo(lines);
    expect(await main(['run', '--all', '-'], all)).toBe(0);
    const printed = events(all.out());
    expect(printed.map((e) => [e.id, e.dedup.status, e.dedup.duplicateOf])).toEqual([
      ['x1', 'unique', undefined],
      ['x2', 'duplicate', 'x1'],
    ]);
  });

  it('reads the agency formats: IPTC ninjs, NITF and a web page', async () => {
    const dir = scratch({
      'a.json': JSON.stringify({
        uri: 'urn:newsml:afp.com:20160629:CNG.123',
        version: 2,
        versioncreated: '2016-06-29T14:05:00Z',
        language: 'fr',
        headline: "La coalition veut couper l'axe",
        body_text: 'La coalition a mené huit frappes près de Boukamal.\n\nLes combats continuent.',
      }),
      'b.xml':
        '<?xml version="1.0" encoding="UTF-8"?><nitf><head><docdata><doc-id id-string="ap-777"/></docdata></head>' +
        '<body><body.head><hedline><hl1>Coalition strikes near Mosul</hl1></hedline></body.head>' +
        '<body.content><p>The coalition conducted eight strikes near Mosul on Tuesday.</p></body.content></body></nitf>',
      'c.html':
        '<!doctype html><html><head><script>var tracker = 1;</script></head><body><nav>Accueil | Monde</nav>' +
        "<article><h1>Cinq frappes près d'Al-Qaïm</h1><p>La coalition a mené cinq frappes près d'Al-Qaïm mardi.</p>" +
        '</article><footer>© 2016 Le Site</footer></body></html>',
    });
    const io = memoryIo();
    expect(await main(['run', dir], io)).toBe(0);
    const [ninjs, nitf, page] = events(io.out());
    expect(ninjs).toMatchObject({
      id: 'urn:newsml:afp.com:20160629:CNG.123@v2',
      storyId: 'urn:newsml:afp.com:20160629:CNG.123',
      version: 2,
      receivedAt: '2016-06-29T14:05:00Z',
      language: 'fr',
      headline: "La coalition veut couper l'axe",
    });
    expect(nitf).toMatchObject({ storyId: 'ap-777', headline: 'Coalition strikes near Mosul' });
    expect(nitf!.strikes!.map((s) => s.count)).toEqual([8]);
    expect(page!.headline).toBe("Cinq frappes près d'Al-Qaïm");
    expect(page!.clean.body).not.toMatch(/tracker|Accueil|© 2016/);
    expect(page!.strikes!.map((s) => s.count)).toEqual([5]);
  });

  it('writes each dispatch as XLIFF 2.1 with --xliff', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wire-xliff-'));
    const io = memoryIo();
    expect(await main(['run', '--xliff', out, '--xliff-target', 'en', boukamal], io)).toBe(0);
    const [event] = events(io.out());
    const xliff = readFileSync(join(out, 'coalition-boukamal.fr.xlf'), 'utf8');
    expect(xliff).toMatch(/<xliff [^>]*version="2\.1"[^>]*>/);
    expect(xliff).toMatch(/srcLang="fr"/);
    expect(xliff).toMatch(/trgLang="en"/);
    const ids = [...xliff.matchAll(/<segment id="([0-9a-f]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(event!.segments!.map((s) => s.id));
  });

  it('prints indented JSON with --pretty', async () => {
    const io = memoryIo(`${envelope('Pretty printed dispatch about Kirkuk.')}\n`);
    expect(await main(['run', '--pretty', '-'], io)).toBe(0);
    expect(io.out()).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);
  });

  describe('bad input: reported with file and line, other inputs still processed, exit 1', () => {
    const good = envelope('A good dispatch about Falluja.', { id: 'good' });

    // [case, files in a directory, extra paths named explicitly, expected message]
    const cases: [string, Record<string, string | Buffer>, string[], RegExp][] = [
      [
        'invalid JSON in a .jsonl line',
        { 'in.jsonl': `${good}\n{"body": "unterminated\n` },
        [],
        /in\.jsonl:2: rejected: invalid JSON.*\[WIRE_INPUT_INVALID_JSON\]/,
      ],
      [
        'invalid JSON in a .json file',
        { 'in.json': '{"body": ', 'ok.jsonl': good },
        [],
        /in\.json: rejected: invalid JSON.*\[WIRE_INPUT_INVALID_JSON\]/,
      ],
      [
        'a missing body',
        { 'in.jsonl': `${JSON.stringify({ id: 'nobody', agency: 'AFP' })}\n${good}` },
        [],
        /in\.jsonl:1: rejected \(dedup stage\): invalid RawDispatch: \/body: .*\[WIRE_INPUT_SCHEMA\]/,
      ],
      [
        'an empty body',
        { 'in.jsonl': `${JSON.stringify({ body: '   ' })}\n${good}` },
        [],
        /in\.jsonl:1: rejected \(dedup stage\): dispatch body is empty.*\[WIRE_INPUT_EMPTY_BODY\]/,
      ],
      [
        'binary data',
        { 'in.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'ok.jsonl': good },
        [],
        /in\.txt: rejected: binary data.*\[WIRE_INPUT_BINARY\]/,
      ],
      [
        'invalid UTF-8',
        { 'in.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20]), 'ok.jsonl': good },
        [],
        /in\.txt: rejected: not valid UTF-8 text \[WIRE_INPUT_INVALID_UTF8\]/,
      ],
      [
        'an unsupported file type named explicitly',
        { 'ok.jsonl': good, 'in.pdf': '%PDF-1.4' },
        ['in.pdf'],
        /in\.pdf: rejected: unsupported file type "\.pdf"/,
      ],
    ];

    it.each(cases)('%s', async (_case, files, explicit, message) => {
      const dir = scratch(files);
      const io = memoryIo();
      expect(await main(['run', dir, ...explicit.map((name) => join(dir, name))], io)).toBe(1);
      expect(io.err()).toMatch(message);
      expect(events(io.out()).map((e) => e.id)).toEqual(['good']);
      expect(io.err()).toMatch(/1 processed, 0 duplicates, 1 rejected/);
    });

    it('a file over the size limit, configurable with --max-bytes', async () => {
      const dir = scratch({ 'big.txt': `Un long texte. ${'x'.repeat(2000)}`, 'ok.jsonl': good });
      const io = memoryIo();
      expect(await main(['run', '--max-bytes', '1k', dir], io)).toBe(1);
      expect(io.err()).toMatch(
        /big\.txt: rejected: 2\.0 KiB is over the size limit of 1 KiB \(raise it with --max-bytes\) \[WIRE_INPUT_TOO_LARGE\]/,
      );
      expect(events(io.out()).map((e) => e.id)).toEqual(['good']);
      const raised = memoryIo();
      expect(await main(['run', '--max-bytes', '4k', join(dir, 'big.txt')], raised)).toBe(0);
    });

    it('a line over the size limit on stdin', async () => {
      const io = memoryIo(`${envelope('y'.repeat(3000))}\n${good}\n`);
      expect(await main(['run', '--max-bytes', '2k', '-'], io)).toBe(1);
      expect(io.err()).toMatch(/stdin:1: rejected: .* over the size limit of 2 KiB/);
      expect(events(io.out()).map((e) => e.id)).toEqual(['good']);
    });

    it('a path that does not exist', async () => {
      const io = memoryIo();
      expect(await main(['run', '/nonexistent/dispatch.txt', boukamal], io)).toBe(1);
      expect(io.err()).toMatch(/\/nonexistent\/dispatch\.txt: rejected: no such file or directory/);
      expect(events(io.out())).toHaveLength(1);
    });
  });

  describe('usage errors exit 2', () => {
    it.each([
      [['run'], /needs at least one PATH/],
      [['run', '--frobnicate', 'x'], /Unknown option '--frobnicate'/],
      [['run', '--max-bytes', 'lots', 'x'], /invalid size "lots"/],
      [['launch'], /unknown command "launch"/],
      [[], /Usage: wire <command>/],
    ])('%j', async (argv, message) => {
      const io = memoryIo();
      expect(await main(argv, io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.out()).toBe('');
    });

    it('help goes to stdout with exit 0', async () => {
      const io = memoryIo();
      expect(await main(['run', '--help'], io)).toBe(0);
      expect(io.out()).toMatch(/^Usage: wire run/);
    });
  });
});
