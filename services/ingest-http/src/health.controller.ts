import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DISPATCH_SINK, type DispatchSink } from './dispatch-sink';

/** `GET /health` is readiness (Kafka answers, so posts can be stored); `GET /health/live` is liveness. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(DISPATCH_SINK) private readonly sink: DispatchSink,
  ) {}

  @Get()
  @HealthCheck()
  readiness() {
    return this.health.check([
      async () => {
        const kafka = this.indicators.check('kafka');
        return (await this.sink.probe()) ? kafka.up() : kafka.down({ message: 'Kafka does not answer' });
      },
    ]);
  }

  @Get('live')
  @HealthCheck()
  liveness() {
    return this.health.check([() => this.indicators.check('process').up({ pid: process.pid })]);
  }
}
