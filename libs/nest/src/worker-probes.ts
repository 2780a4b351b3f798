/** What the health endpoint asks of the running worker. */
export class WorkerProbes {
  constructor(
    readonly kafkaReady: () => boolean,
    readonly redis: () => Promise<'up' | 'down' | 'not-used'>,
  ) {}
}
