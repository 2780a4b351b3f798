import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDispatch, parseHtml, parseNewsMlG2, parseNitf } from './index';

const fixture = (name: string): string => readFileSync(join(__dirname, '__fixtures__', name), 'utf8');

function thrown(call: () => unknown): { code?: string; message?: string; retryable?: boolean } {
  try {
    call();
  } catch (error) {
    return error as { code?: string; message?: string; retryable?: boolean };
  }
  throw new Error('expected a throw');
}

describe('XML safety', () => {
  it('given an external-entity (XXE) attempt, when parsed, then the DTD is refused and nothing is read', () => {
    const error = thrown(() => parseDispatch({ text: fixture('xxe.nitf.xml'), fileName: 'xxe.nitf.xml' }));
    expect(error).toMatchObject({
      code: 'WIRE_INPUT_SCHEMA',
      retryable: false,
      message: 'NITF: a DOCTYPE with an internal subset (entity declarations) is refused for safety',
    });
  });

  it('given an entity from an external DTD, when parsed, then the DTD is not fetched and the entity is undefined', () => {
    const error = thrown(() => parseNitf(fixture('xxe-undeclared.nitf.xml')));
    expect(error.code).toBe('WIRE_INPUT_SCHEMA');
    expect(error.message).toMatch(/^NITF: malformed XML \(.*undefined entity.*\)$/);
  });

  it('given a billion-laughs attempt, when parsed, then it is refused at once without expanding', () => {
    const started = performance.now();
    const error = thrown(() => parseNewsMlG2(fixture('billion-laughs.xml')));
    expect(error).toMatchObject({
      code: 'WIRE_INPUT_SCHEMA',
      message: 'NewsML-G2: a DOCTYPE with an internal subset (entity declarations) is refused for safety',
    });
    // Expansion would take gigabytes: a refusal before it stays far under a second on any machine.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('given the predefined and numeric entities, when parsed, then they are decoded', () => {
    const [dispatch] = parseDispatch({
      text: '<nitf><body><body.content><p>A &amp; B &lt;C&gt; &#233;t&#xE9; &quot;q&quot; &apos;s</p></body.content></body></nitf>',
    });
    expect(dispatch?.body).toBe('A & B <C> été "q" \'s');
  });

  it('given elements nested deeper than the limit, when parsed, then it is refused', () => {
    const deep = `<nitf><body><body.content>${'<block>'.repeat(40)}<p>x</p>${'</block>'.repeat(40)}</body.content></body></nitf>`;
    expect(thrown(() => parseNitf(deep, { maxBytes: 10_000, maxDepth: 30 }))).toMatchObject({
      code: 'WIRE_INPUT_SCHEMA',
      message: 'NITF: elements are nested deeper than 30 levels',
    });
    expect(parseNitf(deep, { maxBytes: 10_000, maxDepth: 50 }).body).toBe('x');
  });

  it('given HTML nested deeper than the limit, when parsed, then it is refused', () => {
    const deep = `<html><body>${'<div>'.repeat(60)}text${'</div>'.repeat(60)}</body></html>`;
    expect(thrown(() => parseHtml(deep, { maxBytes: 10_000, maxDepth: 50 }))).toMatchObject({
      code: 'WIRE_INPUT_SCHEMA',
      message: 'HTML: elements are nested deeper than 50 levels',
    });
  });

  it('given an input over the size limit in UTF-8 bytes, when parsed, then it is refused before parsing', () => {
    // 40 characters but 80 bytes in UTF-8.
    const text = `<nitf><body><body.content><p>${'é'.repeat(40)}</p></body.content></body></nitf>`;
    expect(thrown(() => parseDispatch({ text }, { maxBytes: 100, maxDepth: 200 }))).toMatchObject({
      code: 'WIRE_INPUT_TOO_LARGE',
      retryable: false,
      message: 'the input is larger than 100 bytes',
    });
    expect(parseDispatch({ text }, { maxBytes: 200, maxDepth: 200 })).toHaveLength(1);
  });
});
