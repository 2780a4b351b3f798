/** Inputs smaller than this finish before a bar would help. */
export const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;
const REDRAW_MS = 100;

/**
 * A one-line progress bar on stderr, drawn only on a terminal and only for large inputs, so
 * pipes and logs never receive control characters.
 */
export class Progress {
  private done = 0;
  private count = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly totalBytes: number | undefined,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Whether a bar is shown: a terminal, and a large or unknown-size (stdin) input. */
  get enabled(): boolean {
    return (
      this.stream.isTTY === true && (this.totalBytes === undefined || this.totalBytes >= PROGRESS_MIN_BYTES)
    );
  }

  advance(bytes: number, dispatches: number): void {
    this.done += bytes;
    this.count += dispatches;
    if (!this.enabled) return;
    const now = this.clock();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.stream.write(`\r${this.render()}`);
    this.drawn = true;
  }

  /** Clears the bar so the summary starts on a clean line. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
  }

  render(): string {
    if (this.totalBytes === undefined || this.totalBytes === 0) return `wire: ${this.count} dispatches`;
    const ratio = Math.min(1, this.done / this.totalBytes);
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 40));
    const filled = Math.round(ratio * width);
    return `wire: [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0)}% ${this.count} dispatches`;
  }
}
