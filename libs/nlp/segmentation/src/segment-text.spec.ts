import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageDetector } from './create-language-detector';
import { segmentText } from './segment-text';
import { segmentId } from './segment-id';
import { SEGMENTATION_VERSION, SUPPORTED_LANGUAGES } from './version';
import type { Segment } from './types';

const ROOT = join(__dirname, '../../../..');

interface Expected {
  readonly language: string;
  readonly headline: string;
  readonly dedup: {
    readonly chrome_removed: readonly string[];
    readonly repeated_tail_removed: readonly string[];
    readonly body_first_sentence: string;
    readonly body_last_sentence: string;
  };
  readonly segmentation: {
    readonly body_sentence_count: number;
    readonly must_not_split_inside: readonly string[];
  };
}

/** The fixture body as the cleaning stage hands it over: chrome and the repeated tail removed. */
function cleanedFixture(expected: Expected): string {
  const raw = readFileSync(join(ROOT, 'test/fixtures/dispatches/coalition-boukamal.fr.txt'), 'utf8');
  const lines = raw.split('\n');
  const chrome = [...expected.dedup.chrome_removed];
  while (lines.length > 0 && (lines[0]?.trim() === '' || chrome[0] === lines[0]?.trim())) {
    if (lines[0]?.trim() !== '') chrome.shift();
    lines.shift();
  }
  const tail = [...expected.dedup.repeated_tail_removed];
  while (lines.length > 0 && (lines.at(-1)?.trim() === '' || tail.at(-1) === lines.at(-1)?.trim())) {
    if (lines.at(-1)?.trim() !== '') tail.pop();
    lines.pop();
  }
  expect(chrome).toEqual([]);
  expect(tail).toEqual([]);
  return lines.join('\n');
}

/** Checks every segment slices the text and every span sits in its segment, with one assertion. */
function expectExactOffsets(text: string, segments: readonly Segment[]): void {
  const faults: string[] = [];
  segments.forEach((s, i) => {
    if (text.slice(s.start, s.end) !== s.text) faults.push(`segment ${i} does not slice the text`);
    if (s.index !== i) faults.push(`segment ${i} has index ${s.index}`);
    if (s.protect.some((p) => p.start < s.start || p.end > s.end))
      faults.push(`segment ${i} has a span outside`);
  });
  expect(faults).toEqual([]);
}

describe('segmentText on the coalition-boukamal dispatch', () => {
  const expected = JSON.parse(
    readFileSync(join(ROOT, 'test/fixtures/expected/coalition-boukamal.fr.expected.json'), 'utf8'),
  ) as Expected;
  const text = cleanedFixture(expected);
  const segments = segmentText({ text, language: expected.language, hasHeadline: true });
  const body = segments.filter((s) => s.role !== 'headline');

  it('gives the headline as one headline segment', () => {
    expect(segments[0]).toMatchObject({ role: 'headline', paragraph: 0, text: expected.headline, start: 0 });
    expect(segments.filter((s) => s.role === 'headline')).toHaveLength(1);
  });

  it('cuts the body into the annotated number of sentences, first and last as annotated', () => {
    expect(body).toHaveLength(expected.segmentation.body_sentence_count);
    expect(body[0]?.text).toBe(expected.dedup.body_first_sentence);
    expect(body.at(-1)?.text).toBe(expected.dedup.body_last_sentence);
    expect(body.every((s) => s.role === 'body')).toBe(true);
  });

  it.each(expected.segmentation.must_not_split_inside.map((s) => [s]))('never splits inside %j', (inside) => {
    expect(text).toContain(inside);
    expect(segments.some((s) => s.text.includes(inside))).toBe(true);
  });

  it('gives offsets that slice the text, in order, with paragraph numbers', () => {
    expectExactOffsets(text, segments);
    expect(segments.map((s) => s.paragraph)).toEqual([0, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 7]);
  });

  it('protects the seized-documents count, the date and the quote marks', () => {
    const protectedTexts = segments.flatMap((s) =>
      s.protect.map((p) => [p.kind, text.slice(p.start, p.end)]),
    );
    expect(protectedTexts).toContainEqual(['number', '10.000']);
    expect(protectedTexts).toContainEqual(['date', '31 mai']);
    expect(protectedTexts.filter(([kind]) => kind === 'quote')).toHaveLength(16);
  });

  it('detects French on the dispatch', async () => {
    const detect = await createLanguageDetector();
    expect(detect(text).language).toBe(expected.language);
  });
});

describe('segmentText roles and paragraphs', () => {
  it('given a headline without final punctuation and a dateline, it gives each its role', () => {
    const text =
      'Syrie: la coalition vise Boukamal\n\nBAGDAD, 29 juin (AFP) - La coalition veut couper un axe. Elle bombarde.\n\nLes FDS avancent.';
    const segments = segmentText({ text, language: 'fr', hasHeadline: true });
    expect(segments.map((s) => [s.role, s.paragraph, s.text])).toEqual([
      ['headline', 0, 'Syrie: la coalition vise Boukamal'],
      ['dateline', 1, 'BAGDAD, 29 juin (AFP) -'],
      ['body', 1, 'La coalition veut couper un axe.'],
      ['body', 1, 'Elle bombarde.'],
      ['body', 2, 'Les FDS avancent.'],
    ]);
    expectExactOffsets(text, segments);
  });

  it('given a headline with two sentences, it keeps it as one segment', () => {
    const text = 'Séisme au Japon. Dix morts\n\nLe séisme a frappé à l’aube.';
    const segments = segmentText({ text, language: 'fr', hasHeadline: true });
    expect(segments.map((s) => s.text)).toEqual([
      'Séisme au Japon. Dix morts',
      'Le séisme a frappé à l’aube.',
    ]);
  });

  it('given no headline, the first paragraph is body and may open with a dateline', () => {
    const text = 'WASHINGTON (Reuters) - The Senate voted.\n\nThe House follows.';
    const segments = segmentText({ text, language: 'en', hasHeadline: false });
    expect(segments.map((s) => [s.role, s.paragraph])).toEqual([
      ['dateline', 0],
      ['body', 0],
      ['body', 1],
    ]);
  });

  it('given a dateline on a line of its own, it is still the dateline', () => {
    const text = 'WASHINGTON (Reuters) -\nThe Senate voted.';
    const segments = segmentText({ text, language: 'en', hasHeadline: false });
    expect(segments.map((s) => [s.role, s.text])).toEqual([
      ['dateline', 'WASHINGTON (Reuters) -'],
      ['body', 'The Senate voted.'],
    ]);
  });

  it('given a dateline-looking opening in a later paragraph, it stays body', () => {
    const text = 'The Senate voted.\n\nWASHINGTON (Reuters) - The House follows.';
    const segments = segmentText({ text, language: 'en', hasHeadline: false });
    expect(segments.map((s) => s.role)).toEqual(['body', 'body']);
  });

  it('given a sentence that starts like a place in capitals with no dash, it is no dateline', () => {
    const segments = segmentText({
      text: 'NATO leaders met in Vilnius.',
      language: 'en',
      hasHeadline: false,
    });
    expect(segments.map((s) => s.role)).toEqual(['body']);
  });

  it('given bylines and agency signatures, it marks them byline', () => {
    const text = 'Par Jean Dupont\n\nLe Sénat a voté. La loi passe.\n\npc/ybl';
    const segments = segmentText({ text, language: 'fr', hasHeadline: false });
    expect(segments.map((s) => [s.role, s.text])).toEqual([
      ['byline', 'Par Jean Dupont'],
      ['body', 'Le Sénat a voté.'],
      ['body', 'La loi passe.'],
      ['byline', 'pc/ybl'],
    ]);
  });

  it('given a date on a line of its own and short section headings, it marks them dateline and heading', () => {
    const text = [
      'Coalition strikes continue',
      '',
      'September 28, 2014',
      '',
      'Release # 20140928',
      'Syria',
      'Near Raqqa, four strikes destroyed two vehicles and a fighting position.',
      'Strikes in Iraq',
      'Near Mosul, two strikes hit a unit of the group, officials said on Sunday.',
    ].join('\n');
    const segments = segmentText({ text, language: 'en', hasHeadline: true });
    expect(segments.map((s) => [s.role, s.text])).toEqual([
      ['headline', 'Coalition strikes continue'],
      ['dateline', 'September 28, 2014'],
      ['byline', 'Release # 20140928'],
      ['heading', 'Syria'],
      ['body', 'Near Raqqa, four strikes destroyed two vehicles and a fighting position.'],
      ['heading', 'Strikes in Iraq'],
      ['body', 'Near Mosul, two strikes hit a unit of the group, officials said on Sunday.'],
    ]);
  });

  it('given a heading over a line that introduces a list, it marks the heading', () => {
    const text = [
      'Strikes in Syria',
      '',
      'Attack, bomber and fighter aircraft conducted 11 strikes in Syria:',
      '-- Near Raqqa, eight strikes engaged eight tactical units.',
    ].join('\n');
    const segments = segmentText({ text, language: 'en', hasHeadline: false });
    expect(segments.map((s) => s.role)).toEqual(['heading', 'body', 'body']);
  });

  it('given caption and credit blocks, it gives their sentences those roles and body sentences their block', () => {
    const text = [
      'BAGDAD, 29 juin (AFP) - La coalition a mené huit frappes.',
      'Un avion se ravitaille au-dessus de l’Irak. Il repart ensuite.',
      'Photo : armée de l’Air',
      'Les frappes ont visé :\n- un dépôt\n- deux véhicules',
    ].join('\n\n');
    const caption = text.indexOf('Un avion');
    const credit = text.indexOf('Photo :');
    const segments = segmentText({
      text,
      language: 'fr',
      hasHeadline: false,
      blocks: [
        { start: caption, end: credit - 2, role: 'caption' },
        { start: credit, end: credit + 'Photo : armée de l’Air'.length, role: 'credit' },
      ],
    });
    expect(segments.map((s) => [s.role, s.block, s.text])).toEqual([
      ['dateline', undefined, 'BAGDAD, 29 juin (AFP) -'],
      ['body', 'paragraph', 'La coalition a mené huit frappes.'],
      ['caption', undefined, 'Un avion se ravitaille au-dessus de l’Irak.'],
      ['caption', undefined, 'Il repart ensuite.'],
      ['credit', undefined, 'Photo : armée de l’Air'],
      ['body', 'paragraph', 'Les frappes ont visé :'],
      ['body', 'list-item', '- un dépôt'],
      ['body', 'list-item', '- deux véhicules'],
    ]);
  });

  it('given a hard-wrapped paragraph, it reflows it, and keeps a title over its text apart', () => {
    const text = [
      'Rockets fired at Ashkelon',
      '',
      'A rocket launched from the Gaza Strip on Saturday exploded near the',
      'Israeli city of Ashkelon, drawing a response from the Israeli army,',
      'which struck two outposts. No one was hurt, officials said.',
      '',
      'Strikes in Syria',
      'Aircraft conducted 11 strikes near Raqqa on Tuesday, the task force said.',
    ].join('\n');
    const segments = segmentText({ text, language: 'en', hasHeadline: true });
    expect(segments.map((s) => [s.role, s.text.replace(/\n/gu, ' ')])).toEqual([
      ['headline', 'Rockets fired at Ashkelon'],
      [
        'body',
        'A rocket launched from the Gaza Strip on Saturday exploded near the Israeli city of Ashkelon, drawing a response from the Israeli army, which struck two outposts.',
      ],
      ['body', 'No one was hurt, officials said.'],
      ['heading', 'Strikes in Syria'],
      ['body', 'Aircraft conducted 11 strikes near Raqqa on Tuesday, the task force said.'],
    ]);
  });

  it('given a release whose dateline follows its date and number lines, and is glued to its text, it finds it', () => {
    const text = [
      'Aug. 30, 2018',
      'Release Number 20180830-02',
      'TAMPA, Fla. –U.S. Central Command conducted six strikes in Yemen. He said:',
      'We will continue to strike the group.',
    ].join('\n');
    const segments = segmentText({ text, language: 'en', hasHeadline: false });
    expect(segments.map((s) => [s.role, s.text])).toEqual([
      ['dateline', 'Aug. 30, 2018'],
      ['byline', 'Release Number 20180830-02'],
      ['dateline', 'TAMPA, Fla. –'],
      ['body', 'U.S. Central Command conducted six strikes in Yemen.'],
      ['body', 'He said:'],
      ['body', 'We will continue to strike the group.'],
    ]);
  });

  it('given a heading over a sub-heading, and a bulleted title alone in its paragraph, it marks them headings', () => {
    const text = [
      'AFRIQUE – BARKHANE',
      'SITUATION MILITAIRE DU THÉÂTRE',
      'Malgré les évènements politiques au Mali, l’opération Barkhane se poursuit cette semaine.',
      '',
      '• Flanc oriental de l’Alliance',
      '',
      'En Estonie, les militaires français du bataillon de l’OTAN poursuivent leur préparation.',
    ].join('\n');
    const segments = segmentText({ text, language: 'fr', hasHeadline: false });
    expect(segments.map((s) => s.role)).toEqual(['heading', 'heading', 'body', 'heading', 'body']);
  });

  it('given a short last line or a list item without a stop, it keeps them body', () => {
    const text = 'Les frappes ont visé :\n- Mossoul\n- Raqqa, deux fois\n\nFin de la liste';
    const segments = segmentText({ text, language: 'fr', hasHeadline: false });
    expect(segments.every((s) => s.role === 'body')).toBe(true);
  });

  it('given a sentence opening with "Par" and ending with a period, it stays body', () => {
    const segments = segmentText({
      text: 'Par Toutatis, la loi est passée.',
      language: 'fr',
      hasHeadline: false,
    });
    expect(segments.map((s) => s.role)).toEqual(['body']);
  });

  it('given Windows line ends and extra blank lines, offsets still slice the text', () => {
    const text = 'Titre du jour\r\n\r\n\r\nLe Sénat a voté. La loi passe.\r\n\r\nFin de séance.\r\n';
    const segments = segmentText({ text, language: 'fr', hasHeadline: true });
    expect(segments.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Titre du jour'],
      [1, 'Le Sénat a voté.'],
      [1, 'La loi passe.'],
      [2, 'Fin de séance.'],
    ]);
    expectExactOffsets(text, segments);
  });

  it.each([[''], ['   \n\n  \n']])('given %j, it gives no segment', (text) => {
    expect(segmentText({ text, language: 'fr', hasHeadline: true })).toEqual([]);
  });

  it('given an undetermined language, it falls back to the merged tables', () => {
    const text = 'M. Dupont a rencontré Mr. Smith. Ils ont parlé du Dr. Müller.';
    const segments = segmentText({ text, language: 'und', hasHeadline: false });
    expect(segments.map((s) => s.text)).toEqual([
      'M. Dupont a rencontré Mr. Smith.',
      'Ils ont parlé du Dr. Müller.',
    ]);
  });

  it('given a region subtag, it uses the language table', () => {
    const segments = segmentText({
      text: 'Mr. Smith left. He was tired.',
      language: 'en-GB',
      hasHeadline: false,
    });
    expect(segments.map((s) => s.text)).toEqual(['Mr. Smith left.', 'He was tired.']);
  });

  it('given characters outside the BMP, offsets stay UTF-16 indices', () => {
    const text = 'Le 🚀 est parti. Le 𝔘 aussi.';
    const segments = segmentText({ text, language: 'fr', hasHeadline: false });
    expect(segments.map((s) => s.text)).toEqual(['Le 🚀 est parti.', 'Le 𝔘 aussi.']);
    expectExactOffsets(text, segments);
  });
});

describe('segment ids', () => {
  const seg = (text: string, language = 'fr'): Segment[] =>
    segmentText({ text, language, hasHeadline: false });

  it('are 16 hex characters', () => {
    for (const s of seg('Le Sénat a voté. La loi passe.')) expect(s.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('given an update that keeps a sentence, it keeps its id', () => {
    const before = seg('Le Sénat a voté. La loi passe.');
    const after = seg('Le Sénat a voté mardi. La loi passe.\n\nLe texte sera promulgué.');
    expect(after[1]?.id).toBe(before[1]?.id);
    expect(after[0]?.id).not.toBe(before[0]?.id);
  });

  it('given the same sentence twice, it gives each occurrence its own id', () => {
    const [a, b] = seg('La loi passe. La loi passe.');
    expect(a?.text).toBe(b?.text);
    expect(a?.id).not.toBe(b?.id);
  });

  it('given composed and decomposed accents, it gives the same id', () => {
    const composed = seg('Le Sénat a voté.');
    const decomposed = seg('Le Sénat a voté.'.normalize('NFD'));
    expect(decomposed[0]?.id).toBe(composed[0]?.id);
  });

  it('given another language, it gives another id', () => {
    expect(seg('Paris.', 'fr')[0]?.id).not.toBe(seg('Paris.', 'en')[0]?.id);
  });

  it('given a third repeat and a decomposed repeat, it gives each the id segmentId gives its occurrence', () => {
    const text = 'La loi passe. Le Sénat a voté. La loi passe. Le Sénat a voté.'.replace(
      /Sénat a voté\.$/u,
      (m) => m.normalize('NFD'),
    );
    const segments = seg(`${text} La loi passe.`);
    expect(segments.map((s) => s.id)).toEqual([
      segmentId('fr', 'La loi passe.', 0),
      segmentId('fr', 'Le Sénat a voté.', 0),
      segmentId('fr', 'La loi passe.', 1),
      segmentId('fr', 'Le Sénat a voté.', 1),
      segmentId('fr', 'La loi passe.', 2),
    ]);
    expect(new Set(segments.map((s) => s.id)).size).toBe(5);
  });
});

describe('segmentText on long input', () => {
  it('given a 120,000-character paragraph of abbreviations and periods, it finishes and slices exactly', () => {
    const text = 'M. U.S. a.b.c. 3.5 etc. Le ... '.repeat(4_000) + 'Fin.';
    const segments = segmentText({ text, language: 'fr', hasHeadline: false });
    expect(segments.length).toBeGreaterThan(1);
    expectExactOffsets(text, segments);
  });

  it('given a 200,000-character token without spaces, it keeps it whole', () => {
    const text = 'a.'.repeat(100_000);
    const segments = segmentText({ text, language: 'en', hasHeadline: false });
    expect(segments).toHaveLength(1);
  });
});

describe('constants', () => {
  it('SEGMENTATION_VERSION is a semver string', () => {
    expect(SEGMENTATION_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('SUPPORTED_LANGUAGES lists French and English first', () => {
    expect(SUPPORTED_LANGUAGES.slice(0, 2)).toEqual(['fr', 'en']);
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'it']);
  });
});
