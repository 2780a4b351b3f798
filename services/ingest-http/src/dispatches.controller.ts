import { type IncomingMessage } from 'node:http';
import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { IngestService } from './ingest.service';
import { readBody } from './read-body';

/** `POST /dispatches`: thin; the rules live in {@link IngestService}. */
@Controller('dispatches')
export class DispatchesController {
  constructor(@Inject(IngestService) private readonly ingest: IngestService) {}

  @Post()
  @HttpCode(202)
  accept(@Req() request: IncomingMessage): Promise<{ ids: string[] }> {
    return this.ingest.accept({
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      body: (maxBytes) => readBody(request, maxBytes),
    });
  }
}
