import { utf8Length } from './ingest-limits';

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['\u00ab\u00a0Raqa\u00a0\u00bb', 12],
    ['\uD800', 3],
  ])('given %j, then %d bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });
});
