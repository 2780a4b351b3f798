import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, reportFailure } from './main';
import { memoryIo } from './testing-io.spec-helper';

// Port 1 on loopback: nothing listens, the connection is refused at once. Every command that talks
// to Kafka must say so in one line naming the broker and the setting, and exit 69.
const env = { KAFKA_BROKERS: '127.0.0.1:1' };
const feed = join(tmpdir(), `wire-unreachable-${process.pid}.jsonl`);
writeFileSync(feed, '{"body":"Une dépêche."}\n');

describe('a command against an unreachable broker', () => {
  it.each([
    ['publish', [feed]],
    ['tail', ['dispatch.enriched', '--from-beginning']],
    ['dlq', []],
    ['top', ['--once']],
  ])(
    'given wire %s, then one line naming the broker and KAFKA_BROKERS, and exit 69',
    async (command, args) => {
      const io = memoryIo();
      const code = await main([command, ...args], io, env);
      expect(code).toBe(69);
      const lines = io.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`wire ${command}: cannot reach the Kafka broker 127.0.0.1:1`);
      expect(lines[0]).toContain('KAFKA_BROKERS');
      expect(lines[0]).toContain('ECONNREFUSED');
    },
    20_000,
  );

  it("given README's `wire tail dispatch.enriched --from-beginning` (no --max), then no usage error", async () => {
    const io = memoryIo();
    const code = await main(['tail', 'dispatch.enriched', '--from-beginning'], io, env);
    expect(io.err()).not.toContain('--max');
    expect(code).toBe(69);
  }, 20_000);
});

describe('an internal error', () => {
  it('given no --debug, then one line and exit 70', () => {
    const io = memoryIo();
    expect(reportFailure('publish', new Error('boom'), io, false)).toBe(70);
    expect(io.err()).toBe('wire publish: internal error: Error: boom (--debug shows where)\n');
  });

  it('given --debug, then the stack', () => {
    const io = memoryIo();
    const error = new Error('boom');
    expect(reportFailure('publish', error, io, true)).toBe(70);
    expect(io.err()).toBe(`wire publish: internal error: ${error.stack}\n`);
  });
});
