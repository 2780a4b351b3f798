import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// scripts/supervise.sh, as `npm run distributed` uses it for each worker: a worker that dies is
// reported at once and started again; stopping the supervisor stops the worker it runs.
const script = join(__dirname, '..', '..', 'scripts', 'supervise.sh');

function waitUntil(check: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`timed out waiting for ${what}`));
    }, 15_000);
    const poll = setInterval(() => {
      if (!check()) return;
      clearInterval(poll);
      clearTimeout(deadline);
      resolve();
    }, 20);
  });
}

describe('supervise.sh', () => {
  it('given a worker that dies, then it says so with the status and starts it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'supervise-'));
    const log = join(dir, 'worker.log');
    // The "worker" writes a line and dies with status 3.
    const child = spawn(script, ['w', log, 'sh', '-c', 'echo run; exit 3'], {
      env: { ...process.env, SUPERVISE_DELAY_S: '0.05' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const runs = () => (readFileSync(log, 'utf8').match(/run/g) ?? []).length;
    await waitUntil(() => {
      try {
        return runs() >= 3;
      } catch {
        return false;
      }
    }, 'three runs');
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(stderr).toContain('[supervise] w exited with status 3; restarting in 0.05 s');
    expect(stderr).toContain('restarting in 0.1 s');
  }, 20_000);

  it('given TERM, then the worker it runs is stopped with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'supervise-'));
    const log = join(dir, 'worker.log');
    const child = spawn(script, ['w', log, 'sh', '-c', 'echo $$; exec sleep 60']);
    await waitUntil(() => {
      try {
        return /\d+/.test(readFileSync(log, 'utf8'));
      } catch {
        return false;
      }
    }, 'the worker pid');
    const workerPid = Number(readFileSync(log, 'utf8').trim());
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await waitUntil(() => {
      try {
        process.kill(workerPid, 0);
        return false;
      } catch {
        return true;
      }
    }, 'the worker to stop');
    expect(() => process.kill(workerPid, 0)).toThrow();
  }, 20_000);
});
