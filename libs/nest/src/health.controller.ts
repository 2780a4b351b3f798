import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { WorkerProbes } from './worker-probes';

/**
 * `GET /health` is readiness (in the consumer group with partitions, not waiting out a failure,
 * Redis answering where the stage uses it); `GET /health/live` is liveness (the process answers).
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(WorkerProbes) private readonly probes: WorkerProbes,
  ) {}

  @Get()
  @HealthCheck()
  readiness() {
    return this.health.check([
      () => {
        const kafka = this.indicators.check('kafka');
        return this.probes.kafkaReady()
          ? kafka.up()
          : kafka.down({ message: 'not in the consumer group, or retrying a failed batch' });
      },
      async () => {
        const redis = this.indicators.check('redis');
        const state = await this.probes.redis();
        if (state === 'not-used') return redis.up({ message: 'not used by this stage' });
        return state === 'up' ? redis.up() : redis.down({ message: 'no answer to PING' });
      },
    ]);
  }

  @Get('live')
  @HealthCheck()
  liveness() {
    return this.health.check([() => this.indicators.check('process').up({ pid: process.pid })]);
  }
}
