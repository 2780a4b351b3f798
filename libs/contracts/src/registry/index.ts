export * from './topic-registry';
export * from './stage-registry';
export * from './flow';
