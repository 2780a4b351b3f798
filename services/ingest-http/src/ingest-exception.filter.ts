import { type ServerResponse } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { type Logger } from '@wirestream/observability';
import { IngestRejection } from './ingest-rejection';
import { INGEST_LOGGER } from './ingest.service';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Renders every failure as `{ statusCode, error, code, message, items? }`: an {@link IngestRejection}
 * as it says, Nest's own HTTP errors (404…) with a `WIRE_HTTP_*` code, anything else as a 500 that
 * is logged but not described to the caller.
 */
@Catch()
export class IngestExceptionFilter implements ExceptionFilter {
  constructor(@Inject(INGEST_LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<ServerResponse>();
    let status = 500;
    let body: Record<string, unknown>;
    if (exception instanceof IngestRejection) {
      status = exception.status;
      body = { code: exception.code, message: exception.message };
      if (exception.extra.items !== undefined) body['items'] = exception.extra.items;
      if (exception.extra.retryAfterSeconds !== undefined)
        response.setHeader('Retry-After', String(exception.extra.retryAfterSeconds));
      if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="wirestream-ingest"');
      // A refused body may still be arriving: close rather than read it for keep-alive.
      if (status === 413) response.setHeader('Connection', 'close');
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const payload = exception.getResponse();
      body = { code: `WIRE_HTTP_${status}`, message: exception.message };
      // Terminus puts the failed checks in its payload: keep them for whoever reads /health.
      if (typeof payload === 'object' && 'details' in payload) body['details'] = payload.details;
    } else {
      this.logger.error({ err: exception }, 'unexpected error handling a request');
      body = { code: 'WIRE_HTTP_INTERNAL', message: 'internal error' };
    }
    response.statusCode = status;
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.end(JSON.stringify({ statusCode: status, error: REASONS[status] ?? 'Error', ...body }));
  }
}
