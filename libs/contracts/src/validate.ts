import { type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { PipelineError } from '@wirestream/util';
import { DispatchEventSchema, type DispatchEvent } from './dispatch-event.schema';
import { RawDispatchSchema, type RawDispatch } from './raw-dispatch.schema';
import { MetricsSnapshotSchema } from './metrics-snapshot.schema';
import { DuplicateRecordSchema, StrikeEventSchema } from './records.schema';
import { StorySummarySchema } from './story-summary.schema';
import { isAcceptedSchemaVersion, ACCEPTED_SCHEMA_VERSIONS } from './schema-version';

/** A validation outcome: the typed value, or every problem found (path and message). */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const MAX_REPORTED_ERRORS = 10;

/** A schema compiled once, with a check that reports every problem in plain words. */
export interface Validator<S extends TSchema> {
  readonly schema: S;
  check(value: unknown): Checked<Static<S>>;
  /** Like {@link check} but throws a non-retryable WIRE_INPUT_SCHEMA {@link PipelineError}. */
  parse(value: unknown): Static<S>;
}

export function compileValidator<S extends TSchema>(schema: S): Validator<S> {
  const compiled: TypeCheck<S> = TypeCompiler.Compile(schema);
  const name = typeof schema.title === 'string' ? schema.title : 'value';
  const check = (value: unknown): Checked<Static<S>> => {
    if (compiled.Check(value)) return { ok: true, value };
    const errors: string[] = [];
    for (const error of compiled.Errors(value)) {
      errors.push(`${error.path || '/'}: ${error.message}`);
      if (errors.length >= MAX_REPORTED_ERRORS) break;
    }
    return { ok: false, errors };
  };
  return {
    schema,
    check,
    parse(value) {
      const result = check(value);
      if (result.ok) return result.value;
      throw PipelineError.nonRetryable('WIRE_INPUT_SCHEMA', `invalid ${name}: ${result.errors.join('; ')}`);
    },
  };
}

export const rawDispatchValidator = compileValidator(RawDispatchSchema);
export const dispatchEventValidator = compileValidator(DispatchEventSchema);
export const duplicateRecordValidator = compileValidator(DuplicateRecordSchema);
export const strikeEventValidator = compileValidator(StrikeEventSchema);
export const metricsSnapshotValidator = compileValidator(MetricsSnapshotSchema);
export const storySummaryValidator = compileValidator(StorySummarySchema);

function assertSchemaVersion(version: number | undefined, what: string): void {
  if (version !== undefined && !isAcceptedSchemaVersion(version)) {
    throw PipelineError.nonRetryable(
      'WIRE_SCHEMA_VERSION_UNSUPPORTED',
      `${what} has schemaVersion ${version}; this stage accepts ${ACCEPTED_SCHEMA_VERSIONS.join(', ')}`,
    );
  }
}

/** Validates an agency envelope where it enters the pipeline. */
export function parseRawDispatch(value: unknown): RawDispatch {
  const raw = rawDispatchValidator.parse(value);
  assertSchemaVersion(raw.schemaVersion, 'dispatch');
  if (raw.body.trim() === '') {
    throw PipelineError.nonRetryable('WIRE_INPUT_EMPTY_BODY', 'dispatch body is empty or only whitespace');
  }
  return raw;
}

/** Validates a dispatch event where it enters a stage after dedup. */
export function parseDispatchEvent(value: unknown): DispatchEvent {
  const event = dispatchEventValidator.parse(value);
  assertSchemaVersion(event.schemaVersion, 'event');
  return event;
}
