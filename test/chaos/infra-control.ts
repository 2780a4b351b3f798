import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const infra = join(__dirname, '..', '..', 'infra');

/** The broker and Redis that scripts/chaos.sh started in its own run dir, driven by the infra scripts. */
export class InfraControl {
  constructor(private readonly runDir: string) {}

  private async script(path: string, ...args: string[]): Promise<void> {
    await run('bash', [join(infra, path), ...args], { timeout: 180_000 });
  }

  /** A broker crash: SIGKILL, then a start on the same ports and data. */
  async killAndRestartBroker(downMs: number): Promise<void> {
    await this.script('kafka/kill.sh', '--dir', join(this.runDir, 'kafka'));
    await new Promise((resolve) => setTimeout(resolve, downMs));
    await this.script('kafka/start.sh', '--dir', join(this.runDir, 'kafka'), '--reuse');
  }

  /** A clean broker restart (controlled shutdown). */
  async restartBroker(): Promise<void> {
    await this.script('kafka/restart.sh', '--dir', join(this.runDir, 'kafka'));
  }

  /** Redis stopped and started again on its port, with its append-only file. */
  async restartRedis(downMs: number): Promise<void> {
    await this.script('redis/stop.sh', '--dir', join(this.runDir, 'redis'));
    await new Promise((resolve) => setTimeout(resolve, downMs));
    // Reloading a large append-only file takes longer than start.sh's default 10 s.
    await this.script(
      'redis/start.sh',
      '--dir',
      join(this.runDir, 'redis'),
      '--reuse',
      '--persist',
      '--timeout',
      '120',
    );
  }
}
