import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';
import { expandPaths, readInputs } from './read-inputs';
import { memoryIo } from './testing-io.spec-helper';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'wire-inputs-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

async function read(paths: string[]) {
  const items = [];
  for await (const item of readInputs(await expandPaths(paths), {
    maxBytes: 1 << 20,
    stdin: (async function* () {})(),
  }))
    items.push(item);
  return items;
}

describe('reading inputs', () => {
  it('given a directory with a subdirectory, then the files below it are read too, in name order', async () => {
    const root = tree({
      'a.txt': 'Un.',
      'feed/b.txt': 'Deux.',
      'feed/deeper/c.txt': 'Trois.',
      '.hidden.txt': 'x',
    });
    const items = await read([root]);
    expect(items.map((i) => ('value' in i ? (i.value as { body: string }).body : 'error'))).toEqual([
      'Un.',
      'Deux.',
      'Trois.',
    ]);
  });

  it('given a file of an unknown type in a directory, then it is reported by name, with the types that work', async () => {
    const root = tree({ 'a.txt': 'Un.', 'notes.md': '# notes' });
    const [, unknown] = await read([root]);
    expect(unknown).toMatchObject({
      source: join(root, 'notes.md'),
      error: { code: 'WIRE_INPUT_UNSUPPORTED_FORMAT' },
    });
    const message = (unknown as { error: Error }).error.message;
    for (const type of ['.txt', '.jsonl', '.xml', '.html']) expect(message).toContain(type);
  });

  it('given an empty .jsonl, then it is bad input, as an empty .txt is', async () => {
    const root = tree({ 'empty.jsonl': '\n\n', 'empty.txt': '' });
    for (const name of ['empty.jsonl', 'empty.txt']) {
      const io = memoryIo();
      expect(await main(['run', join(root, name)], io, {})).toBe(1);
      expect(io.err()).toContain(name);
    }
  });
});
