import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { HEADERS, parseRawDispatch, type RawDispatch } from '@wirestream/contracts';
import { type PublishRecord } from '@wirestream/messaging';
import { type Logger } from '@wirestream/observability';
import { dispatchIdFor } from '@wirestream/pipeline';
import { toPipelineError } from '@wirestream/util';
import { authenticate } from './authenticate';
import { type IngestHttpConfig } from './config';
import { DISPATCH_SINK, type DispatchSink } from './dispatch-sink';
import { IngestMetrics } from './ingest-metrics';
import { IngestRejection, type ItemProblem } from './ingest-rejection';
import { bodyKindOf, decodeUtf8, readDispatches, rejectionFor } from './read-dispatches';

/** Nest injection tokens of the config and the root logger. */
export const INGEST_CONFIG = Symbol('IngestHttpConfig');
export const INGEST_LOGGER = Symbol('IngestLogger');

/** What a request carries, as the controller hands it over. */
export interface IngestRequest {
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  /** Reads the raw body; called only once the caller is known and the type is supported. */
  readonly body: (maxBytes: number) => Promise<Buffer>;
}

/** Retry-After of a 503: long enough for a broker restart, short enough not to starve a feed. */
const RETRY_AFTER_SECONDS = 5;

/**
 * The door's rules, in the order a request meets them: a known token (401), a supported type
 * (415), the size limit (413), a readable body of valid envelopes (400), the token's own agency
 * (403), then stored on `dispatch.raw` (503 if not) before the answer names the ids.
 */
@Injectable()
export class IngestService {
  constructor(
    @Inject(INGEST_CONFIG) private readonly config: IngestHttpConfig,
    @Inject(DISPATCH_SINK) private readonly sink: DispatchSink,
    @Inject(IngestMetrics) private readonly metrics: IngestMetrics,
    @Inject(INGEST_LOGGER) private readonly logger: Logger,
  ) {}

  async accept(request: IngestRequest): Promise<{ ids: string[] }> {
    const agency = authenticate(request.authorization, this.config.tokens);
    const kind = bodyKindOf(request.contentType);
    const text = decodeUtf8(await request.body(this.config.maxBytes));
    const candidates = readDispatches(text, kind, request.contentType);
    const records = this.toRecords(candidates, agency);
    const started = process.hrtime.bigint();
    try {
      await this.sink.publish(records);
    } catch (error) {
      this.logger.warn({ err: error, agency, count: records.length }, 'could not store dispatches');
      throw new IngestRejection(
        503,
        'WIRE_HTTP_KAFKA_UNAVAILABLE',
        'Kafka did not confirm the dispatches in time (unavailable); some may still be stored: retry the same request later, dedup drops what was already stored',
        { retryAfterSeconds: RETRY_AFTER_SECONDS },
      );
    }
    this.metrics.stored(agency, records.length, Number(process.hrtime.bigint() - started) / 1e9);
    const ids = records.map((r) => r.headers?.[HEADERS.dispatchId] as string);
    this.logger.info({ agency, ids }, 'dispatches accepted');
    return { ids };
  }

  /** Validates every candidate and keys it as `wire publish` does; any problem refuses them all. */
  private toRecords(candidates: readonly unknown[], tokenAgency: string): PublishRecord[] {
    const problems: ItemProblem[] = [];
    const valid: RawDispatch[] = [];
    candidates.forEach((candidate, index) => {
      try {
        valid.push(parseRawDispatch(candidate));
      } catch (error) {
        const e = toPipelineError(error, 'WIRE_INPUT_SCHEMA');
        problems.push({ index, code: e.code, message: e.message });
      }
    });
    if (problems.length > 0) throw rejectionFor(problems);
    const foreign = valid.findIndex(
      (raw) => raw.agency !== undefined && raw.agency.toUpperCase() !== tokenAgency.toUpperCase(),
    );
    if (foreign >= 0) {
      throw new IngestRejection(
        403,
        'WIRE_HTTP_FORBIDDEN_AGENCY',
        `item ${foreign}: agency "${valid[foreign]?.agency}" is not the agency of this token (${tokenAgency})`,
      );
    }
    return valid.map((raw) => {
      const agency = raw.agency ?? tokenAgency;
      const id = raw.id ?? dispatchIdFor(agency, raw.body);
      const storyId = raw.storyId ?? id;
      return {
        key: storyId,
        value: JSON.stringify({ ...raw, id, agency }),
        // A trace id per dispatch: every stage copies it to its outputs and logs it.
        headers: { [HEADERS.dispatchId]: id, [HEADERS.storyId]: storyId, [HEADERS.traceId]: randomUUID() },
      };
    });
  }
}
