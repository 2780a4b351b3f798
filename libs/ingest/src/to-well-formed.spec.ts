import { parseHtml } from './parse-html';
import { toWellFormed } from './to-well-formed';

describe('toWellFormed', () => {
  it('replaces lone surrogates and keeps pairs', () => {
    expect(toWellFormed('a\udc00b\ud800')).toBe('a\ufffdb\ufffd');
    expect(toWellFormed('emoji \ud83d\ude00 ok')).toBe('emoji \ud83d\ude00 ok');
    expect(toWellFormed('\udc00\udc00')).toBe('\ufffd\ufffd');
  });

  it('lets the HTML parser read a page holding a lone surrogate (found by the property test)', () => {
    expect(
      parseHtml('<html><body><article><h1>Titre</h1><p>Texte \udc00 ici.</p></article></body></html>').body,
    ).toBe('Texte \ufffd ici.');
  });
});
