import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Lint fixtures written into real projects for the length of this suite: the boundary rule judges
// a file by the project it sits in, so a probe has to sit inside the lib it tests. ESLint runs as
// `nx lint` runs it, in a child process, after Nx has cached the project graph; one ESLint run
// lints every probe.
const root = join(__dirname, '..', '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

const forbidden: [string, string][] = [
  ['libs/nlp/text', 'pino'],
  ['libs/nlp/segmentation', 'pino'],
  ['libs/nlp/entities', 'pino'],
  ['libs/nlp/strike-count', 'pino'],
  ['libs/dedup', 'pino'],
  ['libs/contracts', 'pino'],
  ['libs/util', 'pino'],
  ['libs/contracts', '@wirestream/dedup'],
];
const allowed: [string, string][] = [['libs/pipeline', 'pino']];

const boundaryMessages = new Map<string, string[]>();
const key = (dir: string, pkg: string) => `${dir} -> ${pkg}`;

beforeAll(() => {
  const graph = spawnSync(
    process.execPath,
    [join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'],
    { cwd: root, env },
  );
  expect(graph.status).toBe(0);
  const probes = [...forbidden, ...allowed].map(([dir, pkg]) => {
    const file = join(root, dir, 'src', `boundary-probe-${randomUUID()}.ts`);
    writeFileSync(file, `import * as probe from '${pkg}';\nexport const used = probe;\n`);
    return { file, dir, pkg };
  });
  try {
    const eslint = join(root, 'node_modules/eslint/bin/eslint.js');
    const run = spawnSync(process.execPath, [eslint, '--format', 'json', ...probes.map((p) => p.file)], {
      cwd: root,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const results = JSON.parse(run.stdout) as {
      filePath: string;
      messages: { ruleId: string | null; message: string }[];
    }[];
    for (const probe of probes) {
      const result = results.find((r) => r.filePath === probe.file);
      const messages = result?.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries') ?? [];
      boundaryMessages.set(
        key(probe.dir, probe.pkg),
        messages.map((m) => m.message),
      );
    }
  } finally {
    for (const probe of probes) unlinkSync(probe.file);
  }
}, 180_000);

describe('module boundaries (lint)', () => {
  it.each(forbidden.filter(([, pkg]) => !pkg.startsWith('@wirestream/')))(
    'a domain lib (%s) importing %s fails lint',
    (dir, pkg) => {
      expect(boundaryMessages.get(key(dir, pkg))).toContainEqual(
        expect.stringContaining(`is not allowed to import "${pkg}"`),
      );
    },
  );

  it('the contracts lib importing a domain lib (dedup) fails lint', () => {
    expect(boundaryMessages.get(key('libs/contracts', '@wirestream/dedup'))).toContainEqual(
      expect.stringMatching(/can only depend on libs tagged with/),
    );
  });

  it('the runtime wiring may import pino (control case)', () => {
    expect(boundaryMessages.get(key('libs/pipeline', 'pino'))).toEqual([]);
  });
});
