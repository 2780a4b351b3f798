import { Readable } from 'node:stream';
import { byteLines } from './byte-lines';

async function lines(chunks: string[], max: number) {
  const out = [];
  for await (const l of byteLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) {
    out.push({ lineNo: l.lineNo, text: l.bytes?.toString('utf8'), length: l.length });
  }
  return out;
}

describe('byteLines', () => {
  it('splits across chunk borders, strips CR, keeps a last line without newline', async () => {
    expect(await lines(['ab', 'c\r\nde', 'f\n', 'g'], 100)).toEqual([
      { lineNo: 1, text: 'abc', length: 4 },
      { lineNo: 2, text: 'def', length: 3 },
      { lineNo: 3, text: 'g', length: 1 },
    ]);
  });

  it('measures and drops a line over the limit, then goes on', async () => {
    expect(await lines(['1234', '5678\nok\n'], 5)).toEqual([
      { lineNo: 1, text: undefined, length: 8 },
      { lineNo: 2, text: 'ok', length: 2 },
    ]);
  });

  it('yields empty lines (the caller skips them) and nothing for empty input', async () => {
    expect(await lines(['\n'], 5)).toEqual([{ lineNo: 1, text: '', length: 0 }]);
    expect(await lines([], 5)).toEqual([]);
  });
});
