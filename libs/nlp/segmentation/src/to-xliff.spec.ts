import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { segmentText } from './segment-text';
import { toXliff, XLIFF_NAMESPACE, type XliffDocument } from './to-xliff';
import type { ProtectKind, Segment } from './types';

interface Marker {
  readonly kind: string;
  readonly text: string;
  readonly translate: string | null;
}

interface ReadSegment {
  readonly id: string;
  readonly text: string;
  readonly markers: Marker[];
}

interface ReadUnit {
  readonly id: string;
  readonly type: string | null;
  readonly space: string | null;
  /** Every `<segment>` and `<ignorable>` source joined: the paragraph. */
  readonly text: string;
  readonly segments: ReadSegment[];
}

/** Parses with a conforming parser that stops at the first well-formedness error. */
function parse(xml: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (root === null) throw new Error('no root element');
  return root;
}

const elements = (node: Node, name: string): Element[] =>
  Array.from((node as Element).childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name,
  );

/** The text of inline content, `<cp hex>` restored, `<mrk>` collected. */
function readInline(node: Node, markers: Marker[]): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 || child.nodeType === 4) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.namespaceURI !== XLIFF_NAMESPACE) throw new Error(`foreign element ${el.nodeName}`);
      if (el.localName === 'cp')
        out += String.fromCharCode(Number.parseInt(el.getAttribute('hex') ?? '', 16));
      else if (el.localName === 'mrk') {
        const text = readInline(el, []);
        markers.push({
          kind: (el.getAttribute('type') ?? '').replace(/^wire:/u, ''),
          text,
          translate: el.getAttribute('translate'),
        });
        out += text;
      } else throw new Error(`unexpected inline element ${el.localName}`);
    }
  }
  return out;
}

function readUnits(root: Element): ReadUnit[] {
  const [file] = elements(root, 'file');
  if (file === undefined) throw new Error('no file');
  return elements(file, 'unit').map((unit) => {
    const segments: ReadSegment[] = [];
    let text = '';
    for (const child of Array.from(unit.childNodes)) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const [source] = elements(el, 'source');
      if (source === undefined) throw new Error('no source');
      const markers: Marker[] = [];
      const sourceText = readInline(source, markers);
      text += sourceText;
      if (el.localName === 'segment') {
        segments.push({ id: el.getAttribute('id') ?? '', text: sourceText, markers });
      } else if (el.localName !== 'ignorable') throw new Error(`unexpected ${el.localName}`);
    }
    return {
      id: unit.getAttribute('id') ?? '',
      type: unit.getAttribute('type'),
      space: unit.getAttribute('xml:space'),
      text,
      segments,
    };
  });
}

const doc = (text: string, language: string, hasHeadline = true, id = 'd1'): XliffDocument => ({
  id,
  sourceLanguage: language,
  targetLanguage: 'en',
  text,
  segments: segmentText({ text, language, hasHeadline }),
});

/** Whether the string holds a character XML 1.0 forbids, even as a reference (lone surrogates included). */
function hasForbidden(xml: string): boolean {
  for (const ch of xml) {
    const c = ch.codePointAt(0) ?? 0;
    const allowed =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000;
    if (!allowed) return true;
  }
  return false;
}

describe('toXliff', () => {
  const fixture = readFileSync(
    join(__dirname, '../../../../test/fixtures/dispatches/coalition-boukamal.fr.txt'),
    'utf8',
  );
  const body = fixture
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .slice(2, -1)
    .join('\n\n');

  describe('given the coalition-boukamal dispatch', () => {
    const input = doc(body, 'fr', true, 'coalition-boukamal');
    const root = parse(toXliff(input));
    const units = readUnits(root);

    it('writes an XLIFF 2.1 root with the source and target languages and one file', () => {
      expect(root.localName).toBe('xliff');
      expect(root.namespaceURI).toBe(XLIFF_NAMESPACE);
      expect(root.getAttribute('version')).toBe('2.1');
      expect(root.getAttribute('srcLang')).toBe('fr');
      expect(root.getAttribute('trgLang')).toBe('en');
      expect(elements(root, 'file').map((f) => f.getAttribute('original'))).toEqual(['coalition-boukamal']);
    });

    it('writes one unit per paragraph, preserving white space, whose sources give the paragraph', () => {
      const paragraphs = [...new Set(input.segments.map((s) => s.paragraph))];
      expect(units.map((u) => u.id)).toEqual(paragraphs.map((p) => `p${p}`));
      for (const unit of units) {
        const inside = input.segments.filter((s) => `p${s.paragraph}` === unit.id);
        expect(unit.space).toBe('preserve');
        expect(unit.text).toBe(body.slice(inside[0]!.start, inside.at(-1)!.end));
      }
    });

    it('round-trips every segment: its id, its exact text and its protected spans in order', () => {
      const read = units.flatMap((u) => u.segments);
      expect(read).toHaveLength(input.segments.length);
      read.forEach((r, i) => {
        const s = input.segments[i]!;
        expect(r.id).toBe(s.id);
        expect(r.text).toBe(s.text);
        expect(r.markers.map((m) => [m.kind, m.text])).toEqual(
          s.protect.map((p) => [p.kind, body.slice(p.start, p.end)]),
        );
      });
    });

    it('keeps the hand-checked protected spans of the lead sentence: 10.000 and 31 mai', () => {
      const all = units.flatMap((u) => u.segments.flatMap((s) => s.markers));
      expect(all).toEqual(
        expect.arrayContaining([
          { kind: 'number', text: '10.000', translate: 'no' },
          { kind: 'date', text: '31 mai', translate: 'no' },
        ]),
      );
    });
  });

  describe('given a page with a heading, a list, a caption and a credit', () => {
    const text = [
      'Coalition strikes continue',
      'Strikes in Syria\nAircraft conducted 11 strikes near Raqqa on Tuesday, the task force said.',
      'A jet refuels over Syria before a mission.',
      '(U.S. Air Force photo by Jane Roe)',
      'Officials said the strikes destroyed a depot.',
    ].join('\n\n');
    const start = text.indexOf('A jet');
    const creditStart = text.indexOf('(U.S.');
    const segments = segmentText({
      text,
      language: 'en',
      hasHeadline: true,
      blocks: [
        { start, end: start + 'A jet refuels over Syria before a mission.'.length, role: 'caption' },
        {
          start: creditStart,
          end: creditStart + '(U.S. Air Force photo by Jane Roe)'.length,
          role: 'credit',
        },
      ],
    });
    const units = readUnits(parse(toXliff({ id: 'd9', sourceLanguage: 'en', text, segments })));

    it('writes the heading, the caption and the credit as units of their own, typed with their role', () => {
      expect(units.map((u) => [u.id, u.type, u.text])).toEqual([
        ['p0', 'wire:headline', 'Coalition strikes continue'],
        ['p1', 'wire:heading', 'Strikes in Syria'],
        ['p1.2', null, 'Aircraft conducted 11 strikes near Raqqa on Tuesday, the task force said.'],
        ['p2', 'wire:caption', 'A jet refuels over Syria before a mission.'],
        ['p3', 'wire:credit', '(U.S. Air Force photo by Jane Roe)'],
        ['p4', null, 'Officials said the strikes destroyed a depot.'],
      ]);
    });
  });

  // Given a dispatch, when exported, then each segment carries these markers (hand-annotated).
  const markerCases: [string, string, string, string[], [ProtectKind, string, string | null][]][] = [
    [
      'numbers and dates',
      'fr',
      'Frappes en Syrie\n\nPlus de 10.000 personnes ont fui depuis le 31 mai.',
      ['Frappes en Syrie', 'Plus de 10.000 personnes ont fui depuis le 31 mai.'],
      [
        ['number', '10.000', 'no'],
        ['date', '31 mai', 'no'],
      ],
    ],
    [
      'a URL and an e-mail address',
      'en',
      'Report\n\nThe report is at https://www.hrw.org/report/2024 and press@hrw.org answers questions.',
      ['Report', 'The report is at https://www.hrw.org/report/2024 and press@hrw.org answers questions.'],
      [
        ['url', 'https://www.hrw.org/report/2024', 'no'],
        ['email', 'press@hrw.org', 'no'],
      ],
    ],
    [
      'French quotes, whose glyphs the translator may localise',
      'fr',
      'Syrie\n\n« Nous sommes prêts », a déclaré le ministre.',
      ['Syrie', '« Nous sommes prêts », a déclaré le ministre.'],
      [
        ['quote', '«', null],
        ['quote', '»', null],
      ],
    ],
    [
      'English straight quotes with a percentage and a time',
      'en',
      'Markets\n\n"Shares fell 8.4% by 10:30 a.m.," a trader said.',
      ['Markets', '"Shares fell 8.4% by 10:30 a.m.," a trader said.'],
      [
        ['quote', '"', null],
        ['number', '8.4%', 'no'],
        ['time', '10:30 a.m.', 'no'],
        ['quote', '"', null],
      ],
    ],
  ];

  describe.each(markerCases)('given %s', (_name, language, text, sentences, markers) => {
    it('writes each segment with its text and its protected spans as <mrk> markers', () => {
      const units = readUnits(parse(toXliff(doc(text, language))));
      expect(units.flatMap((u) => u.segments.map((s) => s.text))).toEqual(sentences);
      expect(
        units.flatMap((u) => u.segments.flatMap((s) => s.markers.map((m) => [m.kind, m.text, m.translate]))),
      ).toEqual(markers);
    });
  });

  describe('given markup characters and both quote kinds', () => {
    const text = 'AT&T\n\nAT&T said 3 < 4 > 2 and "yes" it\'s <b>done</b> & over.';
    const xml = toXliff(doc(text, 'en', true, 'a"b<&>\'c\td'));

    it('escapes & < > in content and & < > " \' and tabs in attributes, and round-trips them', () => {
      expect(xml).toContain('<source>AT&amp;T</source>');
      expect(xml).toContain('</mrk> &lt; <mrk');
      expect(xml).toContain('</mrk> &gt; <mrk');
      expect(xml).toContain("it's &lt;b&gt;done&lt;/b&gt; &amp; over.");
      expect(xml).toContain('original="a&quot;b&lt;&amp;&gt;&apos;c&#x9;d"');
      const root = parse(xml);
      expect(elements(root, 'file')[0]?.getAttribute('original')).toBe('a"b<&>\'c\td');
      expect(readUnits(root).flatMap((u) => u.segments.map((s) => s.text))).toEqual([
        'AT&T',
        'AT&T said 3 < 4 > 2 and "yes" it\'s <b>done</b> & over.',
      ]);
    });
  });

  describe('given control characters, lone surrogates and non-characters XML 1.0 forbids', () => {
    const text =
      'A\u0000b\u0001c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh\uD800i\uDC00j😀k\r\nl\tm\u0085n\u2028o\u2029p';
    const segment: Segment = {
      id: '0123456789abcdef',
      index: 0,
      start: 0,
      end: text.length,
      text,
      role: 'body',
      paragraph: 0,
      protect: [],
    };
    const xml = toXliff({ id: 'bad\u0001id\uD800', sourceLanguage: 'fr', text, segments: [segment] });

    it('writes none of them raw, encodes each as <cp hex> and round-trips the exact text', () => {
      expect(hasForbidden(xml)).toBe(false);
      expect(hasForbidden(text)).toBe(true);
      for (const hex of ['0000', '0001', '000B', '000C', '001F', 'FFFE', 'FFFF', 'D800', 'DC00'])
        expect(xml).toContain(`<cp hex="${hex}"/>`);
      for (const ref of ['&#xD;', '&#x85;', '&#x2028;', '&#x2029;']) expect(xml).toContain(ref);
      const root = parse(xml);
      expect(readUnits(root)[0]?.segments[0]?.text).toBe(text);
    });

    it('replaces them by U+FFFD in attributes, where <cp> cannot go', () => {
      expect(elements(parse(xml), 'file')[0]?.getAttribute('original')).toBe('bad\uFFFDid\uFFFD');
    });
  });

  describe('given an empty dispatch', () => {
    const root = parse(toXliff(doc('', 'und')));

    it('writes a valid file holding one empty group and no unit', () => {
      const [file] = elements(root, 'file');
      expect(root.getAttribute('srcLang')).toBe('und');
      expect(file === undefined ? -1 : elements(file, 'group').length).toBe(1);
      expect(readUnits(root)).toEqual([]);
    });
  });

  describe('given a headline-only dispatch', () => {
    const text = 'Frappes de la coalition près de Boukamal';
    const units = readUnits(parse(toXliff(doc(text, 'fr'))));

    it('writes one unit with the headline as its only segment', () => {
      expect(units).toHaveLength(1);
      expect(units[0]?.id).toBe('p0');
      expect(units[0]?.text).toBe(text);
      expect(units[0]?.segments.map((s) => s.text)).toEqual([text]);
    });
  });

  describe('given a hard-wrapped sentence and a paragraph of two sentences', () => {
    const text = 'Titre\n\nLe ministre a dit\nqu’il partirait.  Il est parti.';
    const units = readUnits(parse(toXliff(doc(text, 'fr'))));

    it('keeps the line break inside the segment and the double space as an ignorable', () => {
      expect(units[1]?.segments.map((s) => s.text)).toEqual([
        'Le ministre a dit\nqu’il partirait.',
        'Il est parti.',
      ]);
      expect(units[1]?.text).toBe('Le ministre a dit\nqu’il partirait.  Il est parti.');
    });
  });

  describe('given a language that is not a valid tag and no target', () => {
    const root = parse(toXliff({ id: 'x', sourceLanguage: '', text: '', segments: [] }));

    it('writes und and no trgLang', () => {
      expect(root.getAttribute('srcLang')).toBe('und');
      expect(root.hasAttribute('trgLang')).toBe(false);
    });
  });

  describe('given segments that do not slice the text', () => {
    const segments = segmentText({
      text: 'Titre\n\nUne phrase de 12 mots.',
      language: 'fr',
      hasHeadline: true,
    });
    const units = readUnits(parse(toXliff({ id: 'x', sourceLanguage: 'fr', text: 'autre', segments })));

    it('writes their own text without markers', () => {
      expect(units.flatMap((u) => u.segments.map((s) => [s.text, s.markers.length]))).toEqual([
        ['Titre', 0],
        ['Une phrase de 12 mots.', 0],
      ]);
    });
  });
});
