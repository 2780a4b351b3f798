export { testInfra, uniquePrefix } from './test-infra';
export { waitFor } from './wait-for';
export { TopicReader, type ReadRecord } from './topic-reader';
export { WorkerProcess } from './worker-process';
export { runWire, type WireResult } from './run-wire';
