import { type ChaosConfig } from './chaos-config';
import { ChaosPipeline, type PipelineOptions } from './chaos-pipeline';
import { type InfraControl } from './infra-control';
import { type ResultRow } from './result-row';

export interface ScenarioContext {
  readonly config: ChaosConfig;
  readonly brokers: readonly string[];
  readonly redisUrl: string;
  readonly infra: InfraControl;
  /** A progress line on stderr. */
  readonly say: (message: string) => void;
}

export type Scenario = (context: ScenarioContext) => Promise<ResultRow[]>;

/** Starts a pipeline for one scenario, runs `body`, and always stops what it started. */
export async function withPipeline<T>(
  context: ScenarioContext,
  options: Pick<PipelineOptions, 'label' | 'extraEnv'>,
  body: (pipeline: ChaosPipeline) => Promise<T>,
): Promise<T> {
  const pipeline = new ChaosPipeline({
    ...options,
    config: context.config,
    brokers: context.brokers,
    redisUrl: context.redisUrl,
  });
  try {
    await pipeline.start();
    return await body(pipeline);
  } finally {
    await pipeline.stop();
  }
}

/** Waits after the last expected record, so late doubles have time to show up. */
export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
