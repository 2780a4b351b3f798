import { findProtectedSpans } from './find-protected-spans';
import { rulesFor } from './rules/rules-for';

type Kind = 'number' | 'date' | 'time' | 'url' | 'email' | 'quote';

const CASES: readonly (readonly [
  language: string,
  given: string,
  then: readonly (readonly [Kind, string])[],
])[] = [
  ['fr', 'Ils ont saisi plus de 10.000 documents.', [['number', '10.000']]],
  ['fr', 'La dette atteint 3 000 milliards d’euros.', [['number', '3 000 milliards']]],
  ['fr', 'Le chômage est à 7,1 %.', [['number', '7,1 %']]],
  [
    'fr',
    'Il a gagné 1,2 % à 5.432 points.',
    [
      ['number', '1,2 %'],
      ['number', '5.432 points'],
    ],
  ],
  ['fr', 'Le 1er janvier 2025, tout change.', [['date', '1er janvier 2025']]],
  ['fr', 'Depuis le 31 mai, les FDS avancent.', [['date', '31 mai']]],
  ['fr', "L'attaque a eu lieu le 29.06.2016.", [['date', '29.06.2016']]],
  [
    'fr',
    'Rendez-vous à 10h30 puis à 15 h 00 GMT.',
    [
      ['time', '10h30'],
      ['time', '15 h 00 GMT'],
    ],
  ],
  ['fr', 'La cathédrale date du XIXe siècle.', [['number', 'XIXe']]],
  ['fr', 'Le 2e tour aura lieu.', [['number', '2e']]],
  ['fr', 'Les, Le, Ce, Ve et Mille ne sont pas tous des nombres.', [['number', 'Ve']]],
  [
    'fr',
    '« Nous allons gagner », a-t-il dit.',
    [
      ['quote', '«'],
      ['quote', '»'],
    ],
  ],
  ['fr', "L'Irak et l’Iran n'ont pas d'apostrophe protégée.", []],
  [
    'fr',
    'Écrivez à jean.dupont@afp.com ou sur https://www.afp.com/fr.',
    [
      ['email', 'jean.dupont@afp.com'],
      ['url', 'https://www.afp.com/fr'],
    ],
  ],
  ['fr', 'Voir www.ccomptes.fr.', [['url', 'www.ccomptes.fr']]],
  ['en', 'More than 10,000 documents were seized.', [['number', '10,000']]],
  ['en', 'Inflation rose 2.5 percent.', [['number', '2.5 percent']]],
  ['en', 'The company lost $1.2 billion.', [['number', '$1.2 billion']]],
  ['en', 'At 5 a.m. the sirens sounded.', [['time', '5 a.m.']]],
  [
    'en',
    'Polls close at 8 p.m. EDT on Nov. 5.',
    [
      ['time', '8 p.m. EDT'],
      ['date', 'Nov. 5'],
    ],
  ],
  ['en', 'The attack took place on June 29, 2016.', [['date', 'June 29, 2016']]],
  ['en', 'The summit is set for 2024-06-12.', [['date', '2024-06-12']]],
  ['en', 'The 21st century began.', [['number', '21st']]],
  [
    'en',
    'She said, "This is great."',
    [
      ['quote', '"'],
      ['quote', '"'],
    ],
  ],
  [
    'en',
    'He called it ‘provisional’.',
    [
      ['quote', '‘'],
      ['quote', '’'],
    ],
  ],
  ['en', 'May 2024 was warm, but prices may rise.', [['date', 'May 2024']]],
  ['en', 'Her email is Jane.Doe@example.com.', [['email', 'Jane.Doe@example.com']]],
  [
    'de',
    'Die Wahl findet am 3. Oktober 2025 um 18.30 Uhr statt.',
    [
      ['date', '3. Oktober 2025'],
      ['time', '18.30 Uhr'],
    ],
  ],
  [
    'de',
    'Das kostet 5 Mio. Euro und 2,5 Prozent mehr.',
    [
      ['number', '5 Mio.'],
      ['number', '2,5 Prozent'],
    ],
  ],
  ['es', 'La ley entra en vigor el 1 de enero de 2025.', [['date', '1 de enero de 2025']]],
  ['es', 'El déficit alcanzó 1.200 millones.', [['number', '1.200 millones']]],
  [
    'it',
    'Il deficit ha raggiunto 1,2 miliardi il 5 ottobre.',
    [
      ['number', '1,2 miliardi'],
      ['date', '5 ottobre'],
    ],
  ],
];

describe('findProtectedSpans', () => {
  it.each(CASES.map(([language, given, then]) => ({ language, given, then })))(
    'given ($language) $given',
    ({ language, given, then }) => {
      const spans = findProtectedSpans(given, rulesFor(language));
      expect(spans.map((s) => [s.kind, given.slice(s.start, s.end)])).toEqual(then);
    },
  );

  it('never lets two spans overlap', () => {
    const text = 'Le 31 mai à 10h30, 10.000 personnes (www.x.fr, a@b.fr) ont dit « non ».';
    const spans = findProtectedSpans(text, rulesFor('fr'));
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});
