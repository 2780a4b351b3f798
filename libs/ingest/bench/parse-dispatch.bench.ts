/**
 * Parses per second of each agency format on ~3 KB items, against JSON parse+stringify of the same
 * input text measured in the same run. Not a test: it asserts nothing.
 * Run: node --conditions=@wirestream/source --import tsx libs/ingest/bench/parse-dispatch.bench.ts
 */
import { parseDispatch } from '../src';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(fn: () => unknown, iterations: number, rounds = 11): number {
  for (let i = 0; i < iterations; i++) fn();
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    perCall.push(Number(process.hrtime.bigint() - t0) / 1000 / iterations);
  }
  return median(perCall);
}

const sentence =
  "La coalition contre le groupe Etat islamique veut couper le dernier grand axe de communication des jihadistes entre la Syrie et l'Irak, ont indiqué mercredi des responsables militaires.";
const paragraphs = Array.from({ length: 14 }, (_, i) => `${i + 1}. ${sentence}`);
const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const inputs: Record<string, { text: string; fileName: string }> = {
  'ninjs 1.x body_text': {
    fileName: 'a.ninjs.json',
    text: JSON.stringify({
      uri: 'urn:newsml:afp.com:20251005:TX:2',
      version: 2,
      versioncreated: '2025-10-05T14:32:00+02:00',
      pubstatus: 'usable',
      language: 'fr',
      headline: 'Syrie',
      body_text: paragraphs.join('\n\n'),
    }),
  },
  'ninjs 2.x bodies html': {
    fileName: 'a.json',
    text: JSON.stringify({
      uri: 'urn:newsml:afp.com:20251005:TX:2',
      version: '2',
      headlines: [{ role: 'main', value: 'Syrie' }],
      bodies: [
        {
          role: 'main',
          contenttype: 'text/html',
          value: paragraphs.map((p) => `<p>${escape(p)}</p>`).join(''),
        },
      ],
    }),
  },
  'NITF 3.x': {
    fileName: 'a.xml',
    text: `<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "nitf.dtd"><nitf><head><docdata management-status="usable"><doc-id regsrc="AP" id-string="S-1"/><date.issue norm="20251005T093000Z"/><du-key version="2" key="S"/></docdata></head><body><body.head><hedline><hl1>Syrie</hl1></hedline><dateline><location>BEIRUT</location></dateline></body.head><body.content>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</body.content></body></nitf>`,
  },
  'NewsML-G2 XHTML': {
    fileName: 'a.xml',
    text: `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tag:x,2025:1" version="2"><itemMeta><itemClass qcode="icls:text"/><provider qcode="nprov:REUTERS"/><versionCreated>2025-10-05T14:32:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta><contentMeta><language tag="fr"/><headline>Syrie</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</body></html></inlineXML></contentSet></newsItem>`,
  },
  'HTML page': {
    fileName: 'a.html',
    text: `<!DOCTYPE html><html lang="fr"><head><title>Syrie</title><script>var a=1;</script><style>p{}</style></head><body><header><nav><a href="/">Accueil</a></nav></header><main><article><h1>Syrie</h1><div class="share">Partager</div>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article></main><footer>©</footer></body></html>`,
  },
};

const results: Record<string, unknown> = {};
for (const [name, input] of Object.entries(inputs)) {
  const bytes = Buffer.byteLength(input.text);
  const json = measure(() => JSON.parse(JSON.stringify(input.text)) as unknown, 2000);
  const parse = measure(() => parseDispatch(input), 300);
  results[name] = {
    bytes,
    medianMicroseconds: +parse.toFixed(1),
    parsesPerSecond: Math.round(1e6 / parse),
    jsonParseStringifyMicroseconds: +json.toFixed(2),
    ratioToJson: +(parse / json).toFixed(1),
  };
}
process.stdout.write(`${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
