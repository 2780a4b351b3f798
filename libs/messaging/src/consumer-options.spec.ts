import { type Kafka } from 'kafkajs';
import { consumerConfig, resolveSettings, type TransactionalConsumerOptions } from './consumer-options';
import { silentLogger } from './logger';

const required: TransactionalConsumerOptions = {
  kafka: {} as Kafka,
  groupId: 'g',
  inputTopic: 'in',
  dlqTopic: 'dlq',
  stage: 'test',
  handler: () => Promise.resolve([]),
  logger: silentLogger,
};

describe('resolveSettings', () => {
  it('fills every optional setting with its default', () => {
    expect(resolveSettings(required)).toMatchObject({
      groupId: 'g',
      inputTopic: 'in',
      dlqTopic: 'dlq',
      stage: 'test',
      maxMessageBytes: 1_048_576,
      sessionTimeoutMs: 30_000,
      heartbeatIntervalMs: 3_000,
      transactionTimeoutMs: 60_000,
      partitionsConsumedConcurrently: 1,
      maxBatchMessages: 500,
      exactlyOnce: true,
      recoverCheckpoints: false,
    });
  });

  it('keeps a given setting, and the default for one given as undefined', () => {
    const settings = resolveSettings({
      ...required,
      maxBatchMessages: 50,
      exactlyOnce: false,
      sessionTimeoutMs: undefined,
    });
    expect(settings.maxBatchMessages).toBe(50);
    expect(settings.exactlyOnce).toBe(false);
    expect(settings.sessionTimeoutMs).toBe(30_000);
  });
});

describe('consumerConfig', () => {
  it('reads committed records only, with the group and timeouts of the settings', () => {
    const settings = resolveSettings({ ...required, sessionTimeoutMs: 10_000, heartbeatIntervalMs: 1_000 });
    expect(consumerConfig(settings)).toEqual({
      groupId: 'g',
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      readUncommitted: false,
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
    });
  });
});
