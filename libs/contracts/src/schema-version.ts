/** The schema version this code writes. Bump it when a field changes meaning or becomes required. */
export const SCHEMA_VERSION = 1;

/**
 * Versions a stage accepts on input: the current one and the previous one, so a rolling upgrade
 * (new producers before old consumers, or the reverse) never dead-letters good data.
 */
export const ACCEPTED_SCHEMA_VERSIONS: readonly number[] = [SCHEMA_VERSION, SCHEMA_VERSION - 1].filter(
  (v) => v >= 1,
);

export function isAcceptedSchemaVersion(version: number): boolean {
  return ACCEPTED_SCHEMA_VERSIONS.includes(version);
}
