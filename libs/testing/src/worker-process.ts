import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from './wait-for';

const root = join(__dirname, '..', '..', '..');

/** A stage worker running as its own process from its compiled entry point, as deployed. */
export class WorkerProcess {
  private child: ChildProcess | undefined;
  readonly logs: string[] = [];
  private started = false;
  /** The port of the worker's `/metrics` and `/health`, read from its start-up log line. */
  httpPort: number | undefined;

  constructor(
    readonly service: string,
    private readonly env: Record<string, string>,
  ) {}

  /** Spawns the worker and waits for its "worker started" log line. */
  async start(timeoutMs = 60_000): Promise<void> {
    this.started = false;
    const child = spawn(process.execPath, [join(root, 'services', this.service, 'dist', 'main.js')], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        this.logs.push(line);
        if (line.includes('"worker started"')) {
          this.started = true;
          this.httpPort = (JSON.parse(line) as { httpPort?: number }).httpPort;
        }
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    await waitFor(
      () => {
        if (child.exitCode !== null)
          throw new Error(
            `${this.service} exited with ${child.exitCode}:\n${this.logs.slice(-20).join('\n')}`,
          );
        return this.started ? true : undefined;
      },
      timeoutMs,
      `${this.service} to start`,
    );
  }

  /** Whether the process is up (it may be stopped by SIGSTOP). */
  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The process id while it runs. */
  get pid(): number | undefined {
    return this.running ? this.child!.pid : undefined;
  }

  /** Sends a signal without waiting, e.g. SIGSTOP and SIGCONT for a zombie test. */
  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child!.kill(signal);
  }

  /** Sends a signal and waits for the process to exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 60_000): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  }
}
