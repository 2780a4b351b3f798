import { parseNinjs, type ParsedDispatch } from './index';

const cases: { name: string; given: unknown; then: ParsedDispatch[] }[] = [
  {
    name: 'a URN ending in the stated version',
    given: { uri: 'urn:newsml:afp.com:20251005:TX-1:4', version: 4, body_text: 'Texte.' },
    then: [
      {
        id: 'urn:newsml:afp.com:20251005:TX-1@v4',
        body: 'Texte.',
        storyId: 'urn:newsml:afp.com:20251005:TX-1',
        version: 4,
      },
    ],
  },
  {
    name: 'a URN ending in digits that are not the version',
    given: { uri: 'urn:newsml:afp.com:20251005:TX-1:4', version: '2', body_text: 'Texte.' },
    then: [
      {
        id: 'urn:newsml:afp.com:20251005:TX-1:4@v2',
        body: 'Texte.',
        storyId: 'urn:newsml:afp.com:20251005:TX-1:4',
        version: 2,
      },
    ],
  },
  {
    name: 'a URL with a version query and no version field',
    given: { uri: 'https://api.example.com/items/abc?version=7', body_text: 'Text.' },
    then: [{ body: 'Text.', storyId: 'https://api.example.com/items/abc' }],
  },
  {
    name: 'a URL path ending in /v3',
    given: { uri: 'https://api.example.com/items/abc/v3', version: 3, body_text: 'Text.' },
    then: [
      {
        id: 'https://api.example.com/items/abc@v3',
        body: 'Text.',
        storyId: 'https://api.example.com/items/abc',
        version: 3,
      },
    ],
  },
  {
    name: 'mixed single and blank line breaks (blank lines separate paragraphs)',
    given: { uri: 'u', body_text: 'BEYROUTH (AFP) - Un.\nDeux.\r\n\r\nTrois.' },
    then: [{ body: 'BEYROUTH (AFP) - Un. Deux.\n\nTrois.', storyId: 'u' }],
  },
  {
    name: 'body_text with line-per-paragraph breaks only',
    given: { uri: 'u', body_text: 'Un.\nDeux.\n  \nTrois.' },
    then: [{ body: 'Un. Deux.\n\nTrois.', storyId: 'u' }],
  },
  {
    name: 'only single line breaks',
    given: { uri: 'u', body_text: 'Un.\nDeux.\nTrois.\n' },
    then: [{ body: 'Un.\n\nDeux.\n\nTrois.', storyId: 'u' }],
  },
  {
    name: 'body_text and body_html both present (the plain text is taken)',
    given: { uri: 'u', body_text: 'Plain.', body_html: '<p>Marked up.</p>' },
    then: [{ body: 'Plain.', storyId: 'u' }],
  },
  {
    name: 'a 2.x body without role or content type, and a headline without role',
    given: { uri: 'u', bodies: [{ value: 'Un.\n\nDeux.' }], headlines: [{ value: '  Titre  ' }] },
    then: [{ body: 'Un.\n\nDeux.', headline: 'Titre', storyId: 'u' }],
  },
  {
    name: 'a 1.x headline winning over 2.x headlines, provider as an object, firstcreated only',
    given: {
      uri: 'u',
      headline: 'Un titre',
      headlines: [{ role: 'main', value: 'Autre' }],
      provider: { name: 'Belga' },
      firstcreated: '2025-10-05T08:00:00+02:00',
      body_text: 'Texte.',
    },
    then: [
      {
        agency: 'Belga',
        body: 'Texte.',
        headline: 'Un titre',
        receivedAt: '2025-10-05T06:00:00Z',
        storyId: 'u',
      },
    ],
  },
  {
    name: 'an invalid language and unknown status (left out rather than guessed)',
    given: { uri: 'u', language: 'French', pubstatus: 'draft', body_text: 'Text.' },
    then: [{ body: 'Text.', storyId: 'u' }],
  },
];

describe('parseNinjs', () => {
  it.each(cases)('given $name, then gives the annotated envelope', ({ given, then }) => {
    expect(parseNinjs(given)).toEqual(then);
  });

  it.each([
    [
      'a single picture',
      { uri: 'u', type: 'picture' },
      'WIRE_INPUT_SCHEMA',
      'ninjs: the item (u) (type "picture") has no body: expected body_text, body_html or bodies',
    ],
    ['a string', 'text', 'WIRE_INPUT_SCHEMA', 'ninjs: the item is not a JSON object'],
    ['an empty array', [], 'WIRE_INPUT_SCHEMA', 'ninjs: the array holds no text item'],
    ['an array with a number', [1], 'WIRE_INPUT_SCHEMA', 'ninjs: item 0 is not a JSON object'],
    [
      'a blank body',
      { uri: 'u', body_html: '<p> </p>' },
      'WIRE_INPUT_EMPTY_BODY',
      'ninjs: the item (u) has an empty body',
    ],
  ])('given %s, then throws %s', (_name, given, code, message) => {
    expect(() => parseNinjs(given)).toThrow(expect.objectContaining({ code, message, retryable: false }));
  });
});
