/**
 * Every error code the pipeline can report, declared once. Codes are stable strings that
 * appear in dead-letter headers and CLI messages: add new ones, never rename.
 */
export const ERROR_CODES = [
  'WIRE_INPUT_INVALID_JSON',
  'WIRE_INPUT_INVALID_UTF8',
  'WIRE_INPUT_BINARY',
  'WIRE_INPUT_TOO_LARGE',
  'WIRE_INPUT_SCHEMA',
  'WIRE_INPUT_EMPTY_BODY',
  'WIRE_INPUT_UNREADABLE',
  'WIRE_INPUT_UNSUPPORTED_FORMAT',
  'WIRE_SCHEMA_VERSION_UNSUPPORTED',
  'WIRE_STAGE_FAILED',
  'WIRE_STAGE_BUG',
  'WIRE_USAGE',
  'WIRE_CONFIG_INVALID',
  'WIRE_INFRA_UNAVAILABLE',
  'WIRE_AUTH_FAILED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** True when `value` is one of {@link ERROR_CODES}. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
