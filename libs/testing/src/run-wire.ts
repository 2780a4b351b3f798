import { spawn } from 'node:child_process';
import { join } from 'node:path';

const wire = join(__dirname, '..', '..', '..', 'services', 'cli', 'bin', 'wire.js');

export interface WireResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `wire` command line as a user would, with extra environment variables. */
export function runWire(
  args: readonly string[],
  env: Record<string, string>,
  stdin?: string,
): Promise<WireResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wire, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
