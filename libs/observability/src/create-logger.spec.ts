import { PassThrough } from 'node:stream';
import { createLogger } from './create-logger';

function sink() {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  stream.on('data', (c: Buffer) => {
    for (const l of c.toString().split('\n').filter(Boolean))
      lines.push(JSON.parse(l) as Record<string, unknown>);
  });
  return { stream, lines };
}

describe('createLogger', () => {
  it('binds service and version, puts errors under err, redacts credentials', async () => {
    const { stream, lines } = sink();
    const logger = createLogger({ service: 'dedup-worker', version: '1.2.3', destination: stream });
    logger
      .child({ topic: 'dispatch.raw', partition: 2, offset: '41' })
      .error(
        { err: new Error('boom'), config: { redisUrl: 'redis://:secret@host', token: 'abc' } },
        'failed',
      );
    await new Promise((r) => setImmediate(r));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      service: 'dedup-worker',
      version: '1.2.3',
      topic: 'dispatch.raw',
      partition: 2,
      offset: '41',
      msg: 'failed',
      err: { message: 'boom', type: 'Error' },
      config: { redisUrl: '[redacted]', token: '[redacted]' },
    });
  });
});
