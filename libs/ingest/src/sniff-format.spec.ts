import { type DispatchInput, rootElementName, type SniffedFormat, sniffFormat } from './index';

const ninjs = '{"uri":"urn:newsml:afp.com:20251005:X:1","body_text":"Texte"}';
const envelope = '{"id":"d1","agency":"AFP","body":"Texte"}';

const cases: { given: DispatchInput; then: SniffedFormat | undefined }[] = [
  { given: { text: ninjs, fileName: 'item.ninjs.json' }, then: 'ninjs' },
  { given: { text: ninjs, fileName: 'item.json' }, then: 'ninjs' },
  { given: { text: `[${ninjs}]`, fileName: 'feed.JSON' }, then: 'ninjs' },
  { given: { text: envelope, fileName: 'dispatch.json' }, then: 'envelope' },
  { given: { text: '{"headline":"x"}', fileName: 'other.json' }, then: undefined },
  { given: { text: '{not json', fileName: 'broken.json' }, then: undefined },
  { given: { text: '<nitf/>', fileName: 'story.xml' }, then: 'nitf' },
  { given: { text: '<x/>', fileName: 'story.nitf' }, then: 'nitf' },
  { given: { text: '<newsMessage/>', fileName: 'delivery.xml' }, then: 'newsml-g2' },
  { given: { text: '<rss/>', fileName: 'feed.xml' }, then: undefined },
  { given: { text: 'anything', fileName: 'page.htm' }, then: 'html' },
  { given: { text: 'Texte brut', fileName: 'note.txt' }, then: 'text' },
  { given: { text: ninjs, contentType: 'application/ninjs+json' }, then: 'ninjs' },
  { given: { text: envelope, contentType: 'application/json; charset=utf-8' }, then: 'envelope' },
  { given: { text: '<nitf/>', contentType: 'application/nitf+xml' }, then: 'nitf' },
  { given: { text: '<newsItem/>', contentType: 'application/vnd.iptc.g2.newsitem+xml' }, then: 'newsml-g2' },
  { given: { text: '<g2:newsItem xmlns:g2="x"/>', contentType: 'text/xml' }, then: 'newsml-g2' },
  { given: { text: '<p>hi</p>', contentType: 'text/html; charset=utf-8' }, then: 'html' },
  { given: { text: 'plain', contentType: 'text/plain' }, then: 'text' },
  // No hint at all: the content decides.
  { given: { text: `\uFEFF  ${ninjs}` }, then: 'ninjs' },
  { given: { text: envelope }, then: 'envelope' },
  {
    given: { text: '<?xml version="1.0"?>\n<!-- sent by X -->\n<!DOCTYPE nitf SYSTEM "nitf.dtd">\n<nitf/>' },
    then: 'nitf',
  },
  { given: { text: '<!DOCTYPE html>\n<html lang="fr"><body>x</body></html>' }, then: 'html' },
  { given: { text: '<!DOCTYPE html><div>x</div>' }, then: 'html' },
  { given: { text: 'BEYROUTH, 5 oct (AFP) - Texte.' }, then: 'text' },
  { given: { text: '   ' }, then: undefined },
  // The file name wins over a generic content type.
  {
    given: { text: ninjs, fileName: 'a.ninjs.json', contentType: 'application/octet-stream' },
    then: 'ninjs',
  },
];

describe('sniffFormat', () => {
  it.each(cases)('given $given, then $then', ({ given, then }) => {
    expect(sniffFormat(given)).toBe(then);
  });
});

describe('rootElementName', () => {
  it.each([
    ['<nitf>', 'nitf'],
    ['<?xml version="1.0"?><?pi x?><!-- c --><newsItem guid="g">', 'newsItem'],
    ['<!DOCTYPE lolz [<!ENTITY lol "lol">]><newsItem>', 'newsItem'],
    ['<rtr:newsMessage>', 'newsMessage'],
    ['text', undefined],
    ['<!-- unterminated', undefined],
  ])('given %j, then %j', (text, name) => {
    expect(rootElementName(text)).toBe(name);
  });
});
