import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineError } from '@wirestream/util';
import { parseDispatch, type ParsedDispatch } from './index';

const fixture = (name: string): string => readFileSync(join(__dirname, '__fixtures__', name), 'utf8');

interface Case {
  readonly name: string;
  readonly file: string;
  readonly contentType?: string;
  readonly then: ParsedDispatch[];
}

// Expected envelopes are written by hand from the fixtures, as an annotator reads them.
const cases: Case[] = [
  {
    name: 'AFP-like ninjs 1.x in French: body_html paragraphs, figure left out, version cut from the uri',
    file: 'afp-ninjs1.fr.json',
    then: [
      {
        id: 'urn:newsml:afp.com:20171025:TX-PAR-FGS48@v2',
        agency: 'AFP',
        body: [
          "Washington, 25 oct 2017 (AFP) - La coalition contre le groupe Etat islamique veut couper le dernier grand axe de communication des jihadistes entre la Syrie et l'Irak, ont indiqué mercredi des responsables militaires américains.",
          '"Nous travaillons à couper le dernier grand axe de communication entre l\'Irak et la Syrie", qui passe par la ville frontière de Boukamal, dans la vallée de l\'Euphrate, a indiqué le colonel Ryan\u00a0Dillon, un porte-parole militaire de la coalition.',
          "Selon lui, la coalition a mené plus de 20 frappes dans la région au cours de la semaine écoulée, visant des postes de commandement, des dépôts d'armes et des véhicules piégés.",
          'Les jihadistes, chassés de Raqa, leur ancienne "capitale" en Syrie, se sont repliés\nvers la vallée de l\'Euphrate, dernier bastion de leur "califat" autoproclamé en 2014.',
          'sk/fr/roc',
        ].join('\n\n'),
        headline: "Syrie: la coalition veut couper le dernier grand axe de l'EI entre l'Irak et la Syrie",
        language: 'fr',
        receivedAt: '2017-10-25T17:42:10Z',
        storyId: 'urn:newsml:afp.com:20171025:TX-PAR-FGS48',
        version: 2,
        pubstatus: 'usable',
      },
    ],
  },
  {
    name: 'AFP-like ninjs 2.x array in English: plain-text main body preferred, the picture passed over',
    file: 'afp-ninjs2.en.json',
    then: [
      {
        id: 'http://ninjs.afp.com/items/newsml.afp.com.20251005.doc-38ab7q1@v3',
        agency: 'AFP',
        body: [
          'BEIRUT (AFP) - US-led coalition aircraft struck a convoy of Islamic State group vehicles near the Syria-Iraq border on Sunday, a monitor said.',
          'The Syrian Observatory for Human Rights said at least 14 jihadists were killed in the strikes east of Albu Kamal, which the coalition has targeted for weeks.',
          'The coalition did not immediately comment.',
        ].join('\n\n'),
        headline: 'Coalition strikes hit IS convoy near Syria-Iraq border',
        language: 'en-GB',
        receivedAt: '2025-10-05T14:32:00Z',
        storyId: 'http://ninjs.afp.com/items/newsml.afp.com.20251005.doc-38ab7q1',
        version: 3,
        pubstatus: 'usable',
      },
      {
        agency: 'AFP',
        body: 'BAGHDAD (AFP) - Iraq reopened the Al-Qaim border crossing with Syria on Sunday.\n\nTrade had been halted since 2024.',
        headline: 'Iraq says border crossing reopened',
        language: 'en',
        receivedAt: '2025-10-05T14:01:30.250Z',
        storyId: 'http://ninjs.afp.com/items/newsml.afp.com.20251005.doc-38ab8c2',
        pubstatus: 'withheld',
      },
    ],
  },
  {
    name: 'Reuters-like NewsML-G2 newsMessage: XHTML body with dateline, picture skipped, canceled plain-text item',
    file: 'reuters-g2-message.en.xml',
    then: [
      {
        id: 'tag:reuters.com,2025:newsml_L8N3V1234@v3',
        agency: 'REUTERS',
        body: [
          'BEIRUT (Reuters) - The U.S.-led coalition said on Sunday its air strikes had cut the main Islamic State supply route between Syria and Iraq near the border town of Albu Kamal.',
          '\u201cWe conducted 11 strikes consisting of 19 engagements against ISIS targets,\u201d the coalition said in a statement, adding that the strikes destroyed two bridges & a tunnel.',
          'Border town',
          'Albu Kamal, known in Arabic as Al-Bukamal, lies on the Euphrates river <5 km> from the Iraqi town of Al-Qaim.',
          '(Reporting by Laila Bassam; Editing by Tom Perry)',
        ].join('\n\n'),
        headline: 'U.S.-led coalition says strikes cut Islamic State supply route at Syria-Iraq border',
        language: 'en',
        receivedAt: '2025-10-05T14:58:00Z',
        storyId: 'tag:reuters.com,2025:newsml_L8N3V1234',
        version: 3,
        pubstatus: 'usable',
      },
      {
        id: 'tag:reuters.com,2025:newsml_L8N3V1301@v2',
        agency: 'Reuters',
        body: 'BAGHDAD (Reuters) - This story has been withdrawn.\n\nIt was sent in error.',
        headline: 'Iraq reopens Al-Qaim crossing - KILL',
        language: 'en-US',
        receivedAt: '2025-10-05T15:05:00Z',
        storyId: 'tag:reuters.com,2025:newsml_L8N3V1301',
        version: 2,
        pubstatus: 'canceled',
      },
    ],
  },
  {
    name: 'AFP-like NewsML-G2 newsItem (prefixed) with an inline NITF body in French',
    file: 'afp-g2-nitf-item.fr.xml',
    then: [
      {
        id: 'urn:newsml:afp.com:20171025:TX-PAR-FGS51@v1',
        agency: 'AFP',
        body: [
          "Bagdad, 25 oct 2017 (AFP) - Les forces irakiennes ont repris mercredi le contrôle de la localité de Rawa, l'une des dernières tenues par le groupe Etat islamique (EI) près de la frontière syrienne, a annoncé le commandement conjoint des opérations.",
          '« Les troupes ont libéré Rawa et hissé le drapeau irakien sur ses bâtiments », selon un communiqué.',
        ].join('\n\n'),
        headline: 'Irak: les forces de Bagdad reprennent Rawa, à la frontière syrienne',
        language: 'fr',
        receivedAt: '2017-10-25T19:15:00Z',
        storyId: 'urn:newsml:afp.com:20171025:TX-PAR-FGS51',
        version: 1,
        pubstatus: 'usable',
      },
    ],
  },
  {
    name: 'AP-like NITF 3.6 with an external DTD reference (never fetched), dateline place, table and tagline',
    file: 'ap-nitf.en.xml',
    then: [
      {
        id: 'Syria-Strikes-5f2c91@v4',
        agency: 'AP',
        body: [
          'BEIRUT — Airstrikes pounded the Islamic State-held town of Boukamal on the Syria-Iraq border on Sunday, killing at least 23 people, opposition activists said.',
          'The Britain-based Syrian Observatory for Human Rights said the dead included 9 civilians. The Step news agency, an activist collective, put the toll at 25.',
          '"The strikes have not stopped since dawn," said a resident reached by phone, who asked not to be named for fear of reprisals.',
          'Source Toll',
          'Observatory 23',
          '___',
          'Associated Press writer Qassim Abdul-Zahra in Baghdad contributed to this report.',
        ].join('\n\n'),
        headline: 'Airstrikes pound IS-held border town; monitors report 23 dead',
        language: 'en-US',
        receivedAt: '2025-10-05T13:30:00Z',
        storyId: 'Syria-Strikes-5f2c91',
        version: 4,
        pubstatus: 'usable',
      },
    ],
  },
  {
    name: 'a scraped French page: article text only, without cookie wall, nav, share bar, figure, aside, ads, footer',
    file: 'scraped-page.fr.html',
    then: [
      {
        agency: 'Le Quotidien du Levant',
        body: [
          'Le régime syrien affirme avoir chassé le groupe Etat islamique de son dernier bastion urbain en Syrie.',
          "L'armée syrienne et ses alliés ont repris mercredi le contrôle total de la ville de Boukamal, près de la frontière irakienne, a annoncé la télévision d'Etat.",
          'Boukamal était la dernière ville importante tenue par les jihadistes en Syrie\u00a0; ils y avaient reflué après la chute de Raqa et de Deir Ezzor.',
          "Selon l'Observatoire syrien des droits de l'homme, des combats se poursuivaient toutefois\ndans les faubourgs nord de la ville.",
        ].join('\n\n'),
        headline: "Syrie : l'armée annonce la reprise de Boukamal",
        language: 'fr-FR',
        receivedAt: '2017-11-08T11:40:00Z',
        storyId: 'https://www.quotidien-levant.example/monde/syrie-boukamal-reprise-1234',
      },
    ],
  },
];

describe('parseDispatch', () => {
  it.each(cases)('given $name, when parsed by file name, then gives the annotated envelopes', (c) => {
    expect(parseDispatch({ text: fixture(c.file), fileName: c.file })).toEqual(c.then);
  });

  it.each(cases)('given $name, when parsed without any hint, then sniffs the same envelopes', (c) => {
    expect(parseDispatch({ text: fixture(c.file) })).toEqual(c.then);
  });

  it('gives envelope fields in contract order, with no undefined values', () => {
    const [first] = parseDispatch({ text: fixture('ap-nitf.en.xml') });
    expect(Object.keys(first ?? {})).toEqual([
      'id',
      'agency',
      'body',
      'headline',
      'language',
      'receivedAt',
      'storyId',
      'version',
      'pubstatus',
    ]);
    const [page] = parseDispatch({ text: fixture('scraped-page.fr.html') });
    expect(Object.values(page ?? {})).not.toContain(undefined);
  });
});

interface ErrorCase {
  readonly name: string;
  readonly text: string;
  readonly fileName?: string;
  readonly code: string;
  readonly message: RegExp;
}

const errorCases: ErrorCase[] = [
  {
    name: 'broken XML (an unclosed <p>)',
    text: fixture('broken.nitf.xml'),
    fileName: 'broken.nitf.xml',
    code: 'WIRE_INPUT_SCHEMA',
    message: /^NITF: malformed XML \(.*\)$/,
  },
  {
    name: 'an RSS feed given as .xml',
    text: fixture('wrong-root.xml'),
    fileName: 'wrong-root.xml',
    code: 'WIRE_INPUT_UNSUPPORTED_FORMAT',
    message:
      /^the input \(wrong-root\.xml\) is not a recognised agency format: expected ninjs JSON, NITF or NewsML-G2 XML, or an HTML page$/,
  },
  {
    name: 'an RSS feed given as .nitf.xml',
    text: fixture('wrong-root.xml'),
    fileName: 'feed.nitf.xml',
    code: 'WIRE_INPUT_SCHEMA',
    message: /^NITF: the root element is <rss>, expected <nitf>$/,
  },
  {
    name: 'NITF without body.content',
    text: fixture('missing-body.nitf.xml'),
    code: 'WIRE_INPUT_SCHEMA',
    message: /^NITF: <body\.content> is missing$/,
  },
  {
    name: 'NITF whose body.content is blank',
    text: '<nitf><body><body.content><p> </p></body.content></body></nitf>',
    code: 'WIRE_INPUT_EMPTY_BODY',
    message: /^NITF: <body\.content> holds no text$/,
  },
  {
    name: 'ninjs without any body',
    text: fixture('no-body.ninjs.json'),
    fileName: 'no-body.ninjs.json',
    code: 'WIRE_INPUT_SCHEMA',
    message:
      /^ninjs: the item \(urn:newsml:afp\.com:20251005:TX-PAR-NOBODY:1\) has no body: expected body_text, body_html or bodies$/,
  },
  {
    name: 'ninjs with a trailing comma',
    // Kept as .txt so that the formatter leaves the trailing comma in place.
    text: fixture('invalid-ninjs.json.txt'),
    fileName: 'invalid.ninjs.json',
    code: 'WIRE_INPUT_INVALID_JSON',
    message: /^ninjs: invalid JSON \(.+\)$/,
  },
  {
    name: 'broken JSON without any hint',
    text: '{"uri": "u", "body_text": ',
    code: 'WIRE_INPUT_INVALID_JSON',
    message: /^invalid JSON \(.+\)$/,
  },
  {
    name: 'a JSON object that is neither ninjs nor an envelope',
    text: '{"title": "x"}',
    fileName: 'feed.json',
    code: 'WIRE_INPUT_UNSUPPORTED_FORMAT',
    message: /^the input \(feed\.json\) is not a recognised agency format/,
  },
  {
    name: 'a ninjs array holding only a picture',
    text: '[{"uri":"urn:x:1","type":"picture","headlines":[{"value":"A photo"}]}]',
    code: 'WIRE_INPUT_SCHEMA',
    message: /^ninjs: the array holds no text item$/,
  },
  {
    name: 'a G2 newsItem whose content is remote only',
    text: '<newsItem guid="g1" version="1"><itemMeta><itemClass qcode="icls:text"/></itemMeta><contentSet><remoteContent href="x"/></contentSet></newsItem>',
    code: 'WIRE_INPUT_SCHEMA',
    message: /^NewsML-G2: newsItem g1 has no inline body/,
  },
  {
    name: 'our own envelope',
    text: '{"id":"x","body":"Some text"}',
    fileName: 'dispatch.json',
    code: 'WIRE_INPUT_UNSUPPORTED_FORMAT',
    message: /^this is a Wirestream envelope, not an agency format/,
  },
  {
    name: 'plain text',
    text: 'BEYROUTH, 5 oct (AFP) - Texte.',
    code: 'WIRE_INPUT_UNSUPPORTED_FORMAT',
    message: /^this is plain text, not an agency format: use it as the body$/,
  },
  {
    name: 'an HTML page with nothing but chrome',
    text: '<html><body><nav><a href="/">Home</a></nav><script>x()</script><footer>©</footer></body></html>',
    code: 'WIRE_INPUT_EMPTY_BODY',
    message: /^HTML: the page has no readable text$/,
  },
];

describe('parseDispatch errors', () => {
  it.each(errorCases)('given $name, then throws a non-retryable $code naming the format', (c) => {
    const call = (): unknown =>
      parseDispatch(c.fileName === undefined ? { text: c.text } : { text: c.text, fileName: c.fileName });
    expect(call).toThrow(c.message);
    try {
      call();
    } catch (error) {
      expect(PipelineError.is(error)).toBe(true);
      expect(error).toMatchObject({ code: c.code, retryable: false });
    }
  });
});
