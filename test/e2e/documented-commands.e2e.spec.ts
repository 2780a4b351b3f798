import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testInfra, uniquePrefix } from '@wirestream/testing';
import { documentedCommands, LONG_RUNNING } from './documented-commands';

// README.md and docs/*.md commands run as written (an operator's copy and paste): embedded ones
// on the fixtures, distributed ones against the test broker. A documented command that breaks
// fails here. Placeholders (DIR, feed.jsonl, big.json) exist in the scratch directory it runs in.
const root = join(__dirname, '..', '..');
const infra = testInfra();
const wire = join(root, 'services', 'cli', 'bin', 'wire.js');
const fixtures = join(root, 'test', 'fixtures', 'dispatches');

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'documented-'));
  mkdirSync(join(dir, 'DIR'));
  mkdirSync(join(dir, 'test', 'fixtures', 'dispatches'), { recursive: true });
  for (const name of ['coalition-boukamal.fr.txt', 'reuters-coalition-strikes.en.jsonl']) {
    copyFileSync(join(fixtures, name), join(dir, 'DIR', name));
    copyFileSync(join(fixtures, name), join(dir, 'test', 'fixtures', 'dispatches', name));
  }
  copyFileSync(join(fixtures, 'reuters-coalition-strikes.en.jsonl'), join(dir, 'feed.jsonl'));
  const first = readFileSync(join(fixtures, 'reuters-coalition-strikes.en.jsonl'), 'utf8').split('\n')[0]!;
  writeFileSync(join(dir, 'big.json'), first);
  return dir;
}

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs a line in bash with `npx wire` meaning this checkout's wire; a follower is stopped after `followMs`. */
function run(command: string, cwd: string, env: Record<string, string>, followMs: number): Promise<Ran> {
  const line = command
    .replace(/\bnpx wire\b/g, `node ${wire}`)
    .replace(/^npm start$/, `npm --prefix ${root} start`);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', line], { cwd, env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.resume();
    const timer = setTimeout(() => child.kill('SIGTERM'), followMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

const all = documentedCommands(root);
const runnable = all.filter((c) => !LONG_RUNNING.some((r) => r.test(c.command)));

describe('documented commands', () => {
  const cwd = scratch();
  const env = { KAFKA_BROKERS: infra.brokers.join(','), TOPIC_PREFIX: uniquePrefix('docs') };

  it('given the docs, then they hold wire commands to run, and the long-running ones are named', () => {
    expect(runnable.map((c) => c.command)).toEqual(
      expect.arrayContaining([
        'npx wire tail dispatch.enriched --from-beginning',
        'npx wire publish test/fixtures/dispatches',
      ]),
    );
    expect(all.filter((c) => /^npm run (distributed|chaos|bench)/.test(c.command)).length).toBeGreaterThan(0);
  });

  it.each(runnable.map((c) => [`${c.file}:${c.line}`, c.command]))(
    '%s: %s',
    async (_where, command) => {
      // `tail` follows the topic until stopped: it passes when it is still following after 8 s.
      const follows = / tail /.test(command) && !/--max/.test(command);
      const ran = await run(command, cwd, env, follows ? 8_000 : 120_000);
      if (follows) expect(ran.signal).toBe('SIGTERM');
      else
        expect({ code: ran.code, stderr: ran.code === 0 ? '' : ran.stderr }).toEqual({ code: 0, stderr: '' });
    },
    150_000,
  );
});
