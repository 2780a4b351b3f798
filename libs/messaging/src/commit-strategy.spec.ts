import { type Kafka, type Producer, type TopicMessages } from 'kafkajs';
import { AtLeastOnceCommit, TransactionCommit } from './commit-strategy';
import { type PartitionClaim } from './partition-claim';

/** Every call made on the fakes below, in order, so tests can check what came before what. */
let calls: string[];

class FakeTransaction {
  readonly sendBatch = jest.fn((_: { topicMessages: TopicMessages[] }) => this.call('sendBatch'));
  readonly sendOffsets = jest.fn((_: unknown) => this.call('sendOffsets'));
  readonly commit = jest.fn(() => this.call('commit'));
  readonly abort = jest.fn(() => this.call('abort'));
  readonly failing = new Map<string, Error>();

  private call(name: string): Promise<void> {
    calls.push(name);
    const error = this.failing.get(name);
    return error ? Promise.reject(error) : Promise.resolve();
  }
}

class FakeProducer {
  readonly tx = new FakeTransaction();
  readonly transaction = jest.fn(() => Promise.resolve(this.tx));
  readonly connect = jest.fn(() => Promise.resolve());
  readonly disconnect = jest.fn(() => Promise.resolve());
  readonly sendBatch = jest.fn((_: { topicMessages: TopicMessages[] }) => {
    calls.push('sendBatch');
    return Promise.resolve();
  });
}

const claimWith = (producer: FakeProducer | undefined): PartitionClaim => ({
  generation: 1,
  producer: producer as unknown as Producer | undefined,
  floor: 41n,
  recovered: undefined,
  positioned: true,
});

const offset = { partition: 3, offset: '44', metadata: 'cp' };
const outputs: TopicMessages[] = [{ topic: 'out', messages: [{ key: 'k', value: 'v' }] }];
// Two records of 600 KB do not fit one send of at most 960 KiB.
const big = (n: number) => ({ key: `k${n}`, value: Buffer.alloc(600_000) });
const largeOutputs: TopicMessages[] = [{ topic: 'out', messages: [big(1), big(2)] }];

beforeEach(() => {
  calls = [];
});

describe('TransactionCommit', () => {
  function strategy() {
    const aborted = jest.fn();
    const release = jest.fn((_partition: number, _claim: PartitionClaim) => Promise.resolve());
    return { aborted, release, commits: new TransactionCommit({ groupId: 'g', aborted, release }) };
  }

  it('sends the records and the offset in one transaction of the claim, then commits', async () => {
    const producer = new FakeProducer();
    const { aborted, release, commits } = strategy();
    await commits.commit('in', offset, largeOutputs, claimWith(producer));
    expect(calls).toEqual(['sendBatch', 'sendBatch', 'sendOffsets', 'commit']);
    expect(producer.tx.sendBatch.mock.calls.map(([send]) => send.topicMessages[0]!.messages[0]!.key)).toEqual(
      ['k1', 'k2'],
    );
    expect(producer.tx.sendOffsets).toHaveBeenCalledWith({
      consumerGroupId: 'g',
      topics: [{ topic: 'in', partitions: [{ partition: 3, offset: '44', metadata: 'cp' }] }],
    });
    expect(aborted).not.toHaveBeenCalled();
    expect(release).not.toHaveBeenCalled();
  });

  it('aborts a failed transaction and drops the claim before the retry', async () => {
    const producer = new FakeProducer();
    const fenced = new Error('fenced');
    producer.tx.failing.set('sendOffsets', fenced);
    const claim = claimWith(producer);
    const { aborted, release, commits } = strategy();
    await expect(commits.commit('in', offset, outputs, claim)).rejects.toBe(fenced);
    expect(calls).toEqual(['sendBatch', 'sendOffsets', 'abort']);
    expect(aborted).toHaveBeenCalledTimes(1);
    expect(release).toHaveBeenCalledWith(3, claim);
  });

  it('still reports the first error, and releases the claim, when the abort fails too', async () => {
    const producer = new FakeProducer();
    const first = new Error('commit failed');
    producer.tx.failing.set('commit', first);
    producer.tx.failing.set('abort', new Error('abort failed'));
    const { release, commits } = strategy();
    await expect(commits.commit('in', offset, outputs, claimWith(producer))).rejects.toBe(first);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('refuses a claim without a transactional producer', async () => {
    await expect(strategy().commits.commit('in', offset, outputs, claimWith(undefined))).rejects.toThrow(
      'no transactional producer',
    );
  });
});

describe('AtLeastOnceCommit', () => {
  function strategy() {
    const producer = new FakeProducer();
    const kafka = { producer: jest.fn(() => producer) };
    const consumer = {
      commitOffsets: jest.fn((_: unknown) => {
        calls.push('commitOffsets');
        return Promise.resolve();
      }),
    };
    const commits = new AtLeastOnceCommit(kafka as unknown as Kafka, consumer);
    return { producer, kafka, consumer, commits };
  }

  it('produces the records, then commits the offset through the consumer', async () => {
    const { producer, kafka, consumer, commits } = strategy();
    await commits.commit('in', offset, largeOutputs);
    expect(calls).toEqual(['sendBatch', 'sendBatch', 'commitOffsets']);
    expect(kafka.producer).toHaveBeenCalledWith({ idempotent: true, maxInFlightRequests: 1 });
    expect(consumer.commitOffsets).toHaveBeenCalledWith([
      { topic: 'in', partition: 3, offset: '44', metadata: 'cp' },
    ]);
    expect(producer.transaction).not.toHaveBeenCalled();
  });

  it('makes and connects one producer for every commit', async () => {
    const { producer, kafka, commits } = strategy();
    await commits.commit('in', offset, outputs);
    await commits.commit('in', { ...offset, offset: '45' }, outputs);
    expect(kafka.producer).toHaveBeenCalledTimes(1);
    expect(producer.connect).toHaveBeenCalledTimes(1);
  });

  it('commits no offset when the records could not be produced', async () => {
    const { producer, consumer, commits } = strategy();
    producer.sendBatch.mockImplementationOnce(() => Promise.reject(new Error('broker down')));
    await expect(commits.commit('in', offset, outputs)).rejects.toThrow('broker down');
    expect(consumer.commitOffsets).not.toHaveBeenCalled();
  });

  it('closes its producer, and makes none just to close it', async () => {
    const unused = strategy();
    await unused.commits.close();
    expect(unused.kafka.producer).not.toHaveBeenCalled();
    const used = strategy();
    await used.commits.commit('in', offset, outputs);
    await used.commits.close();
    expect(used.producer.disconnect).toHaveBeenCalledTimes(1);
  });
});
