/**
 * What a stage threw, carried past Nest as a value. Nest's exception layer turns anything a
 * `@MessagePattern` handler throws into `{ status: 'error', message: 'Internal server error' }`,
 * losing what the transport needs to tell an outage (retried for ever) from a stage bug
 * (dead-lettered after a few attempts); the transport unwraps it and rethrows the original.
 */
export class HandlerThrow {
  constructor(readonly error: unknown) {}
}
