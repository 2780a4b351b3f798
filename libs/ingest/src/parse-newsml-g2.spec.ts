import { parseNewsMlG2, type ParsedDispatch } from './index';

const item = (inner: string, attrs = 'guid="urn:g:1" version="5"'): string =>
  `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" ${attrs}>${inner}</newsItem>`;

const cases: { name: string; given: string; then: ParsedDispatch[] }[] = [
  {
    name: 'no itemClass, plain-text inlineData, provider literal, firstCreated, language from xml:lang',
    given: item(
      '<itemMeta><provider literal="ANSA"/><firstCreated>2025-10-05T12:00:00+02:00</firstCreated></itemMeta><contentSet><inlineData contenttype="text/plain">Uno.\n\nDue.</inlineData></contentSet>',
      'guid="urn:g:1" version="5" xml:lang="it"',
    ),
    then: [
      {
        id: 'urn:g:1@v5',
        agency: 'ANSA',
        body: 'Uno.\n\nDue.',
        language: 'it',
        receivedAt: '2025-10-05T10:00:00Z',
        storyId: 'urn:g:1',
        version: 5,
      },
    ],
  },
  {
    name: 'an XHTML body given after a plain-text alternative: the XHTML is read, its xml:lang too',
    given: item(
      '<contentSet><inlineData contenttype="text/plain">Plain</inlineData><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><body><h1>Titre</h1><p>Texte.</p></body></html></inlineXML></contentSet>',
    ),
    then: [{ id: 'urn:g:1@v5', body: 'Titre\n\nTexte.', language: 'fr', storyId: 'urn:g:1', version: 5 }],
  },
  {
    name: 'a withheld pubStatus and no version (so no id)',
    given: item(
      '<itemMeta><itemClass qcode="icls:text"/><pubStatus qcode="stat:withheld"/></itemMeta><contentSet><inlineData>Text.</inlineData></contentSet>',
      'guid="g2"',
    ),
    then: [{ body: 'Text.', storyId: 'g2', pubstatus: 'withheld' }],
  },
];

describe('parseNewsMlG2', () => {
  it.each(cases)('given $name, then gives the annotated envelopes', ({ given, then }) => {
    expect(parseNewsMlG2(given)).toEqual(then);
  });

  it.each([
    [
      'a packageItem root',
      '<packageItem guid="p"/>',
      'NewsML-G2: the root element is <packageItem>, expected <newsItem> or <newsMessage>',
    ],
    [
      'a newsMessage with only a picture',
      '<newsMessage><itemSet><newsItem guid="p"><itemMeta><itemClass qcode="icls:picture"/></itemMeta></newsItem></itemSet></newsMessage>',
      'NewsML-G2: no text newsItem (itemClass icls:text) to read',
    ],
  ])('given %s, then refuses it', (_name, given, message) => {
    expect(() => parseNewsMlG2(given)).toThrow(
      expect.objectContaining({ code: 'WIRE_INPUT_SCHEMA', message }),
    );
  });
});
