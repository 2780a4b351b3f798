import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; 0 once gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state, field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Peak resident set (VmHWM) of a process in MiB, from /proc/<pid>/status; 0 once gone. */
export function peakRssMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/**
 * A benchmarked child process (a worker or a pass-through hop): started, waited for until it logs
 * `readyLine`, sampled through /proc, and always stopped (SIGTERM, then SIGKILL).
 */
export class BenchProcess {
  private child: ChildProcess | undefined;
  private readonly tail: string[] = [];
  private ready = false;
  /** The line that said it was ready (a worker's names its HTTP port). */
  readyText = '';

  constructor(
    readonly name: string,
    private readonly args: readonly string[],
    private readonly env: Record<string, string>,
    private readonly readyLine: string,
  ) {}

  get pid(): number {
    const pid = this.child?.pid;
    if (pid === undefined) throw new Error(`${this.name} is not running`);
    return pid;
  }

  async start(timeoutMs = 90_000): Promise<void> {
    const child = spawn(process.execPath, [...this.args], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    live.add(this);
    child.once('exit', () => live.delete(this));
    const collect = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        if (!this.ready && line.includes(this.readyLine)) [this.ready, this.readyText] = [true, line];
        this.tail.push(line);
        if (this.tail.length > 30) this.tail.shift();
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const until = Date.now() + timeoutMs;
    while (!this.ready) {
      if (child.exitCode !== null)
        throw new Error(`${this.name} exited with ${child.exitCode}:\n${this.logs()}`);
      if (Date.now() > until)
        throw new Error(`${this.name} not ready after ${timeoutMs} ms:\n${this.logs()}`);
      await sleep(50);
    }
  }

  /** The last lines it logged, for error messages. */
  logs(): string {
    return this.tail.join('\n');
  }

  kill(): void {
    this.child?.kill('SIGKILL');
  }

  async stop(timeoutMs = 20_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}

const live = new Set<BenchProcess>();

/** Kills every child still running: the last resort when the bench itself is interrupted. */
export function killAll(): void {
  for (const p of live) p.kill();
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `body` with the processes started, and stops them whatever happens. */
export async function withProcesses<T>(
  processes: readonly BenchProcess[],
  body: () => Promise<T>,
): Promise<T> {
  try {
    // One at a time: on two cores, parallel starts of Nest workers time out each other.
    for (const p of processes) await p.start();
    return await body();
  } finally {
    await Promise.allSettled(processes.map((p) => p.stop()));
  }
}
