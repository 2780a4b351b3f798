export * from './topics';
export * from './schema-version';
export * from './raw-dispatch.schema';
export * from './dispatch-event.schema';
export * from './records.schema';
export * from './metrics-snapshot.schema';
export * from './validate';
export { ALL_SCHEMAS } from './all-schemas';
export { renderJsonSchemas } from './render-json-schemas';
