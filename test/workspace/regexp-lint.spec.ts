import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The ReDoS guard (issue 11) is the lint config itself: probes with known-bad and known-safe patterns,
// linted with the project's eslint.config.mjs in a child process, as `nx lint` runs it.
const root = join(__dirname, '..', '..');

const probes = {
  // Nested quantifiers: exponential backtracking on "aaaa…b".
  nested: 'export const re = /(a+)+$/;\n',
  // Two quantifiers that trade the same characters: polynomial backtracking.
  exchange: 'export const re = /^\\s*x?\\s*$/;\n',
  // Unanchored run with a failing suffix: quadratic when scanned across a long text.
  move: 'export const matches = (s: string) => s.match(/[a-z]+@/g);\n',
  // The same intents written linearly.
  safe:
    'export const a = /^a+$/;\n' +
    'export const b = /^\\s*x?$/;\n' +
    'export const c = (s: string) => s.match(/(?<![a-z])[a-z]+@/g);\n',
};

type Messages = Record<keyof typeof probes, string[]>;
let found: Messages;

beforeAll(() => {
  const files = Object.entries(probes).map(([name, text]) => {
    const file = join(__dirname, `regexp-probe-${name}-${randomUUID()}.ts`);
    writeFileSync(file, text);
    return { name: name as keyof typeof probes, file };
  });
  try {
    const eslint = join(root, 'node_modules/eslint/bin/eslint.js');
    const run = spawnSync(process.execPath, [eslint, '--format', 'json', ...files.map((f) => f.file)], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
    found = Object.fromEntries(
      files.map(({ name, file }) => [
        name,
        (results.find((r) => r.filePath === file)?.messages ?? []).map((m) => m.ruleId ?? 'parse-error'),
      ]),
    ) as Messages;
  } finally {
    for (const { file } of files) unlinkSync(file);
  }
}, 120_000);

describe('regular expressions lint (ReDoS guard)', () => {
  it('rejects nested quantifiers such as /(a+)+$/', () => {
    expect(found.nested).toContain('regexp/no-super-linear-backtracking');
  });

  it('rejects quantifiers that exchange characters', () => {
    expect(found.exchange).toContain('regexp/no-super-linear-backtracking');
  });

  it('rejects an unanchored run that a failing suffix rescans from every start', () => {
    expect(found.move).toContain('regexp/no-super-linear-move');
  });

  it('accepts the same patterns written linearly', () => {
    expect(found.safe).toEqual([]);
  });
});
