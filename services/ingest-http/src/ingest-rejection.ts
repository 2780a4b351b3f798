/** One refused item of a request, by its position in the request. */
export interface ItemProblem {
  readonly index: number;
  readonly code: string;
  readonly message: string;
}

/**
 * Why a request is refused: the HTTP status, a stable error code (the `PipelineError` codes of
 * `@wirestream/util` for bad input, `WIRE_HTTP_*` for the door's own checks) and a reason a person
 * can act on. Thrown by the service, rendered by {@link IngestExceptionFilter}.
 */
export class IngestRejection extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 413 | 415 | 503,
    readonly code: string,
    message: string,
    readonly extra: { readonly items?: readonly ItemProblem[]; readonly retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'IngestRejection';
  }
}
