import { Controller, Get, Inject, type InjectionToken, type Type } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  type HealthIndicatorFunction,
  HealthIndicatorService,
} from '@nestjs/terminus';

/**
 * A `/health` controller: `GET /health` is readiness, the checks that `checks` makes of the provider
 * behind `token`; `GET /health/live` is liveness (the process answers). Built per app because
 * decorators need the token when the class is declared.
 */
export function healthControllerFor<T>(
  token: InjectionToken<T>,
  checks: (probed: T, indicators: HealthIndicatorService) => HealthIndicatorFunction[],
): Type<unknown> {
  @Controller('health')
  class HealthController {
    constructor(
      @Inject(HealthCheckService) private readonly health: HealthCheckService,
      @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
      @Inject(token) private readonly probed: T,
    ) {}

    @Get()
    @HealthCheck()
    readiness() {
      return this.health.check(checks(this.probed, this.indicators));
    }

    @Get('live')
    @HealthCheck()
    liveness() {
      return this.health.check([() => this.indicators.check('process').up({ pid: process.pid })]);
    }
  }
  return HealthController;
}
