import { topicNames } from '@wirestream/contracts';
import { type StageHandler } from '@wirestream/pipeline';
import { PipelineError } from '@wirestream/util';
import { StageRunner } from './stage-runner';

const message = (value: unknown) => ({
  value,
  arrivedAt: new Date(0),
  topic: 'p.dispatch.tagged',
  partition: 0,
  offset: '7',
  headers: {},
});

describe('StageRunner', () => {
  const stage: StageHandler = {
    name: 'strikes',
    version: '1.0.0',
    handleBatch: (messages) =>
      Promise.resolve(
        messages.map((m) =>
          (m.value as { ok: boolean }).ok
            ? {
                ok: true as const,
                outputs: [
                  {
                    topic: 'enriched' as const,
                    key: 'story-1',
                    value: { id: 'd-1', storyId: 'story-1' } as never,
                  },
                  {
                    topic: 'strikeEvents' as const,
                    key: 'story-1',
                    value: { dispatchId: 'd-1', count: 8 } as never,
                  },
                ],
              }
            : { ok: false as const, error: PipelineError.nonRetryable('WIRE_INPUT_SCHEMA', 'bad') },
        ),
      ),
  };

  it('maps topic keys to this deployment names and adds id headers', async () => {
    const runner = new StageRunner(stage, topicNames('p.'));
    const [outcome, rejected] = await runner.handle([message({ ok: true }), message({ ok: false })]);
    expect(outcome).toEqual({
      ok: true,
      outputs: [
        {
          topic: 'p.dispatch.enriched',
          key: 'story-1',
          value: { id: 'd-1', storyId: 'story-1' },
          headers: { 'dispatch-id': 'd-1', 'story-id': 'story-1', 'schema-version': '1' },
        },
        {
          topic: 'p.strike.events',
          key: 'story-1',
          value: { dispatchId: 'd-1', count: 8 },
          headers: { 'dispatch-id': 'd-1', 'story-id': 'story-1', 'schema-version': '1' },
        },
      ],
    });
    expect(rejected).toMatchObject({ ok: false, error: { code: 'WIRE_INPUT_SCHEMA' } });
  });
});
