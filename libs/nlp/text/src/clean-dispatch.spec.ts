import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDispatch } from './clean-dispatch';

const FIXTURES = join(__dirname, '../../../../test/fixtures');

interface Expected {
  headline: string;
  dedup: {
    chrome_removed: string[];
    repeated_tail_removed: string[];
    body_first_sentence: string;
    body_last_sentence: string;
  };
}

describe('cleanDispatch on the coalition-boukamal fixture (scraped page)', () => {
  const body = readFileSync(join(FIXTURES, 'dispatches/coalition-boukamal.fr.txt'), 'utf8');
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, 'expected/coalition-boukamal.fr.expected.json'), 'utf8'),
  ) as Expected;
  const clean = cleanDispatch({ body });

  it('then the headline is found at the top, after the chrome, and is the first paragraph', () => {
    expect(clean.headline).toBe(expected.headline);
    expect(clean.body.startsWith(`${expected.headline}\n\n`)).toBe(true);
  });

  it('then exactly the annotated chrome is removed, in order', () => {
    expect(clean.removed.filter((r) => r.kind === 'chrome').map((r) => r.text)).toEqual(
      expected.dedup.chrome_removed,
    );
  });

  it('then the repeated tail is removed: the lead as repeated-lead, the cut line as teaser', () => {
    const tail = clean.removed.filter((r) => r.kind !== 'chrome');
    expect(tail.map((r) => r.text)).toEqual(expected.dedup.repeated_tail_removed);
    expect(tail.map((r) => r.kind)).toEqual(['repeated-lead', 'teaser']);
  });

  it('then the body starts with the lead sentence and ends with the annotated last sentence', () => {
    const afterHeadline = clean.body.slice(expected.headline.length + 2);
    expect(afterHeadline.startsWith(expected.dedup.body_first_sentence)).toBe(true);
    expect(clean.body.endsWith(expected.dedup.body_last_sentence)).toBe(true);
  });

  it('then paragraphs are separated by exactly one blank line and lines inside a paragraph are kept', () => {
    expect(clean.body).not.toMatch(/\n\n\n/);
    expect(clean.body.split('\n\n')).toHaveLength(8);
    expect(clean.body).toContain('depuis Bagdad.\nLes combats pour reprendre');
  });
});

interface Case {
  readonly name: string;
  readonly given: { body: string; headline?: string };
  readonly then: {
    readonly body: string;
    readonly headline?: string | undefined;
    readonly removed: readonly (readonly [string, string])[];
  };
}

const cases: readonly Case[] = [
  {
    name: 'an envelope headline not repeated in the body (a short first line stays body text)',
    given: {
      headline: '  Strike  hits   port ',
      body: 'Dockers walk out\nThe port of Antwerp was shut on Monday by a strike.\n\nTalks resume on Friday.',
    },
    then: {
      headline: 'Strike hits port',
      body: 'Strike hits port\n\nDockers walk out\nThe port of Antwerp was shut on Monday by a strike.\n\nTalks resume on Friday.',
      removed: [],
    },
  },
  {
    name: 'an agency credit above the headline and a standfirst printed twice',
    given: {
      body: [
        'AFP',
        '',
        'Accord sur le climat à Bonn',
        '',
        'Les négociateurs réunis à Bonn ont trouvé un accord sur les règles de mise en oeuvre.',
        '',
        'Les négociateurs réunis à Bonn ont trouvé un accord sur les règles de mise en œuvre.',
        '',
        'Le texte sera soumis aux ministres en décembre.',
      ].join('\n'),
    },
    then: {
      headline: 'Accord sur le climat à Bonn',
      body:
        'Accord sur le climat à Bonn\n\nLes négociateurs réunis à Bonn ont trouvé un accord sur les règles de mise en oeuvre.' +
        '\n\nLe texte sera soumis aux ministres en décembre.',
      removed: [
        ['chrome', 'AFP'],
        [
          'repeated-lead',
          'Les négociateurs réunis à Bonn ont trouvé un accord sur les règles de mise en œuvre.',
        ],
      ],
    },
  },
  {
    name: 'an envelope headline repeated as the first body line',
    given: {
      headline: 'Floods hit Jakarta',
      body: 'Floods hit Jakarta\n\nHeavy rain flooded parts of Jakarta on Monday, officials said.',
    },
    then: {
      headline: 'Floods hit Jakarta',
      body: 'Floods hit Jakarta\n\nHeavy rain flooded parts of Jakarta on Monday, officials said.',
      removed: [['repeated-lead', 'Floods hit Jakarta']],
    },
  },
  {
    name: 'a photo caption printed twice (alt text, then caption) and the title set again in the text',
    given: {
      body: [
        'Ferry Sinks Off Crete',
        '',
        'A passenger ferry sank off the coast of Crete on Monday, the coast guard said, and rescuers were searching for survivors.',
        '',
        'Rescuers search the sea off Crete for survivors of the ferry on Monday.',
        'Rescuers search the sea off Crete for survivors of the ferry on Monday.',
        'Ferry Sinks Off Crete',
        'Officials said 40 people had been rescued by fishing boats before the coast guard arrived.',
      ].join('\n'),
    },
    then: {
      headline: 'Ferry Sinks Off Crete',
      body:
        'Ferry Sinks Off Crete\n\nA passenger ferry sank off the coast of Crete on Monday, the coast guard said, and rescuers were searching for survivors.\n\n' +
        'Rescuers search the sea off Crete for survivors of the ferry on Monday.\n' +
        'Officials said 40 people had been rescued by fishing boats before the coast guard arrived.',
      removed: [
        ['repeat', 'Rescuers search the sea off Crete for survivors of the ferry on Monday.'],
        ['repeat', 'Ferry Sinks Off Crete'],
      ],
    },
  },
  {
    name: 'a "Lire aussi" link in the middle, share and copyright lines at the bottom',
    given: {
      body: [
        'Menu',
        'Accueil > Monde',
        '',
        'Séisme au Japon',
        '',
        "Un séisme de magnitude 6,1 a frappé le nord du Japon mardi, selon l'agence météorologique.",
        '',
        'Lire aussi : Le Japon renforce ses normes antisismiques',
        '',
        "Aucune victime n'a été signalée dans l'immédiat.",
        '',
        'Partager sur Facebook',
        'Partager sur Twitter',
        '© 2024 AFP',
      ].join('\n'),
    },
    then: {
      headline: 'Séisme au Japon',
      body:
        "Séisme au Japon\n\nUn séisme de magnitude 6,1 a frappé le nord du Japon mardi, selon l'agence météorologique." +
        "\n\nAucune victime n'a été signalée dans l'immédiat.",
      removed: [
        ['chrome', 'Menu'],
        ['chrome', 'Accueil > Monde'],
        ['chrome', 'Lire aussi : Le Japon renforce ses normes antisismiques'],
        ['chrome', 'Partager sur Facebook'],
        ['chrome', 'Partager sur Twitter'],
        ['chrome', '© 2024 AFP'],
      ],
    },
  },
  {
    name: 'a quote repeated inside the body (a real paragraph, never removed)',
    given: {
      body: [
        'Minister defends budget',
        '',
        '"We will not raise taxes," the minister told parliament on Tuesday.',
        '',
        'Opposition leaders said the figures did not add up.',
        '',
        '"We will not raise taxes," the minister told parliament on Tuesday.',
        '',
        'The vote is expected on Friday.',
      ].join('\n'),
    },
    then: {
      headline: 'Minister defends budget',
      body:
        'Minister defends budget\n\n"We will not raise taxes," the minister told parliament on Tuesday.\n\n' +
        'Opposition leaders said the figures did not add up.\n\n' +
        '"We will not raise taxes," the minister told parliament on Tuesday.\n\nThe vote is expected on Friday.',
      removed: [],
    },
  },
  {
    name: 'a teaser that cuts the lead short with "…", then a "Read more" link',
    given: {
      body: [
        'Storm batters coast',
        '',
        'A powerful storm battered the northern coast overnight, cutting power to thousands of homes.',
        'Emergency services said two people were injured.',
        '',
        'Officials urged residents to stay indoors.',
        '',
        'A powerful storm battered the northern coast overnight, cutting power to thou…',
        'Read more',
      ].join('\n'),
    },
    then: {
      headline: 'Storm batters coast',
      body:
        'Storm batters coast\n\nA powerful storm battered the northern coast overnight, cutting power to thousands of homes.\n' +
        'Emergency services said two people were injured.\n\nOfficials urged residents to stay indoors.',
      removed: [
        ['teaser', 'A powerful storm battered the northern coast overnight, cutting power to thou…'],
        ['chrome', 'Read more'],
      ],
    },
  },
  {
    name: 'a sentence that ends with an ellipsis but repeats nothing (kept)',
    given: {
      body: 'Talks stall\n\nThe envoy said talks had stalled.\n\n"We are still waiting for an answer..."',
    },
    then: {
      headline: 'Talks stall',
      body: 'Talks stall\n\nThe envoy said talks had stalled.\n\n"We are still waiting for an answer..."',
      removed: [],
    },
  },
  {
    name: 'no headline line at the top (the first line is a sentence)',
    given: {
      body: 'Rechercher\nLe Parlement a adopté mardi la loi de finances.\n\nLe texte doit encore passer au Sénat.',
    },
    then: {
      headline: undefined,
      body: 'Le Parlement a adopté mardi la loi de finances.\n\nLe texte doit encore passer au Sénat.',
      removed: [['chrome', 'Rechercher']],
    },
  },
  {
    name: 'German chrome, CRLF line ends and extra blank lines',
    given: {
      body: 'Suche\r\nStartseite\r\n\r\n\r\nUnwetter in Bayern\r\n\r\nIn Bayern hat ein Unwetter schwere Schäden angerichtet.\r\n\r\n\r\nTeilen\r\nAlle Rechte vorbehalten.',
    },
    then: {
      headline: 'Unwetter in Bayern',
      body: 'Unwetter in Bayern\n\nIn Bayern hat ein Unwetter schwere Schäden angerichtet.',
      removed: [
        ['chrome', 'Suche'],
        ['chrome', 'Startseite'],
        ['chrome', 'Teilen'],
        ['chrome', 'Alle Rechte vorbehalten.'],
      ],
    },
  },
  {
    name: 'Spanish and Italian chrome with a cookie banner',
    given: {
      body: [
        'Buscar',
        'Últimas noticias',
        'Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.',
        '',
        'Incendio en Valencia',
        '',
        'Un incendio forestal obligó a evacuar a 300 vecinos en Valencia.',
        '',
        'Leggi anche',
        'Condividi',
      ].join('\n'),
    },
    then: {
      headline: 'Incendio en Valencia',
      body: 'Incendio en Valencia\n\nUn incendio forestal obligó a evacuar a 300 vecinos en Valencia.',
      removed: [
        ['chrome', 'Buscar'],
        ['chrome', 'Últimas noticias'],
        ['chrome', 'Utilizamos cookies propias y de terceros. Si continúa navegando, acepta su uso.'],
        ['chrome', 'Leggi anche'],
        ['chrome', 'Condividi'],
      ],
    },
  },
  {
    name: 'a one-word section line inside the body (edge tables do not apply in the middle)',
    given: { body: 'Match report\n\nThe home side won 2-1.\n\nSport\n\nThe return leg is next week.' },
    then: {
      headline: 'Match report',
      body: 'Match report\n\nThe home side won 2-1.\n\nSport\n\nThe return leg is next week.',
      removed: [],
    },
  },
];

describe('cleanDispatch', () => {
  it.each(cases)(
    'given $name, when cleaned, then chrome and repeats are removed as annotated',
    ({ given, then }) => {
      const clean = cleanDispatch(given);
      expect(clean.headline).toBe(then.headline);
      expect(clean.body).toBe(then.body);
      expect(clean.removed.map((r) => [r.kind, r.text])).toEqual(then.removed);
    },
  );

  it('given an empty body, when cleaned, then the body is empty and nothing is removed', () => {
    expect(cleanDispatch({ body: '  \n\n ' })).toEqual({
      body: '',
      headline: undefined,
      removed: [],
      blocks: [],
    });
  });

  it('given a photo caption and its credit in the story, when cleaned, then they stay as blocks of their own', () => {
    const body = [
      'Coalition Jets Strike Depot Near Mosul',
      'Coalition aircraft struck an ammunition depot near Mosul on Tuesday, the task force said.',
      'An F-15E Strike Eagle flies over northern Iraq before a mission on Tuesday.',
      '(U.S. Air Force photo by Senior Airman Jane Roe)',
      'The strikes destroyed two buildings and a vehicle, officials said in a statement.',
    ].join('\n');
    const cleaned = cleanDispatch({ body });
    expect(cleaned.body.split('\n\n')).toEqual([
      'Coalition Jets Strike Depot Near Mosul',
      'Coalition aircraft struck an ammunition depot near Mosul on Tuesday, the task force said.',
      'An F-15E Strike Eagle flies over northern Iraq before a mission on Tuesday.',
      '(U.S. Air Force photo by Senior Airman Jane Roe)',
      'The strikes destroyed two buildings and a vehicle, officials said in a statement.',
    ]);
    expect(cleaned.blocks.map((b) => [b.role, cleaned.body.slice(b.start, b.end)])).toEqual([
      ['caption', 'An F-15E Strike Eagle flies over northern Iraq before a mission on Tuesday.'],
      ['credit', '(U.S. Air Force photo by Senior Airman Jane Roe)'],
    ]);
    expect(cleaned.removed).toEqual([]);
  });

  it('given a cleaned body, when cleaned again, then it is unchanged (idempotent)', () => {
    const once = cleanDispatch({ body: cases[1]!.given.body });
    const twice = cleanDispatch({ body: once.body });
    expect(twice.body).toBe(once.body);
    expect(twice.removed).toEqual([]);
  });
});
