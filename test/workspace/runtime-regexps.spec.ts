import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LANGUAGE_RULES, rulesFor } from '@wirestream/nlp-segmentation';
import { ACTOR_PATTERNS, PERIOD_PATTERN } from '@wirestream/nlp-strike-count';

// Patterns assembled at run time with `new RegExp` (word lists, gazetteer-like tables) escape the lint
// config's ReDoS rules: lint their compiled source here, with the same rules. The plugin is an ES
// module, so the linting runs in a child node process.
const root = join(__dirname, '..', '..');
const LINT = `
import { Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
const patterns = JSON.parse(process.argv[1]);
const linter = new Linter({ configType: 'flat' });
const config = [{ plugins: { regexp }, rules: {
  'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' } }];
const out = patterns.map(([source, flags]) =>
  linter.verify('export const re = /' + source + '/' + flags + ';\\n', config).map((m) => m.ruleId + ': ' + m.message));
process.stdout.write(JSON.stringify(out));
`;

function redosFindings(patterns: readonly Pick<RegExp, 'source' | 'flags'>[]): string[][] {
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', LINT, JSON.stringify(patterns.map((re) => [re.source, re.flags]))],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const segmentation = Object.keys(LANGUAGE_RULES).flatMap((language) => {
  const r = rulesFor(language);
  return [
    [`${language} protected spans`, r.protectPattern],
    ...(r.abbreviationEnding ? [[`${language} abbreviation endings`, r.abbreviationEnding]] : []),
    ...(r.attribution ? [[`${language} attributions`, r.attribution]] : []),
  ] as [string, RegExp][];
});
const cases: [string, RegExp][] = [
  ...segmentation,
  ['strike periods', PERIOD_PATTERN],
  ...ACTOR_PATTERNS.map(([re, canonical], i): [string, RegExp] => [`actor ${canonical ?? i}`, re]),
];

// Known-bad patterns, kept as plain strings so that the lint config itself does not reject them.
const CONTROL = [
  { source: '(a|a)+$', flags: '' },
  { source: '\\s*x?\\s*$', flags: '' },
];
let findings: string[][];
let control: string[][];
beforeAll(() => {
  [control, findings] = [redosFindings(CONTROL), redosFindings(cases.map(([, re]) => re))];
}, 60_000);

describe('patterns built at run time (ReDoS)', () => {
  it('the check flags catastrophic patterns, so an empty answer means something', () => {
    expect(control.map((f) => f.length > 0)).toEqual([true, true]);
  });

  it('covers every language table', () => {
    expect(segmentation.length).toBeGreaterThanOrEqual(Object.keys(LANGUAGE_RULES).length);
  });

  it.each(cases.map(([name], i) => [name, i] as const))('%s: linear', (_, i) => {
    expect(findings[i]).toEqual([]);
  });
});
