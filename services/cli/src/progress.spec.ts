import { PassThrough } from 'node:stream';
import { Progress, PROGRESS_MIN_BYTES } from './progress';

function stream(tty: boolean) {
  const s = Object.assign(new PassThrough(), { isTTY: tty, columns: 80 });
  const chunks: string[] = [];
  s.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { s, text: () => chunks.join('') };
}

describe('Progress', () => {
  it('stays silent when stderr is not a terminal', () => {
    const { s, text } = stream(false);
    const p = new Progress(s, PROGRESS_MIN_BYTES * 2, () => 1000);
    p.advance(100, 1);
    p.finish();
    expect(p.enabled).toBe(false);
    expect(text()).toBe('');
  });

  it('stays silent for small inputs even on a terminal', () => {
    expect(new Progress(stream(true).s, 1000).enabled).toBe(false);
  });

  it('draws a bar with percentage for large inputs, at most every 100 ms, and clears it', () => {
    const { s, text } = stream(true);
    let now = 1000;
    const p = new Progress(s, 4 * PROGRESS_MIN_BYTES, () => now);
    p.advance(PROGRESS_MIN_BYTES, 10);
    now += 50;
    p.advance(PROGRESS_MIN_BYTES, 10); // too soon: no redraw
    now += 100;
    p.advance(0, 0);
    p.finish();
    const drawn = text()
      .split('\r')
      .filter((l) => l.startsWith('wire: ['));
    expect(drawn).toHaveLength(2);
    expect(drawn[0]).toContain('25% 10 dispatches');
    expect(drawn[1]).toContain('50% 20 dispatches');
    expect(text().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('counts dispatches on stdin, whose size is unknown', () => {
    const p = new Progress(stream(true).s, undefined, () => 0);
    p.advance(10, 3);
    expect(p.render()).toBe('wire: 3 dispatches');
  });
});
