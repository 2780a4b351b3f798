/**
 * Key layout of the dedup state. All keys share the hash tag `{dedup}` so the Lua scripts, which
 * touch fingerprints, records and bands of one batch together, run on one Redis Cluster slot.
 * Every key expires after the dedup TTL window (`DEDUP_TTL_SECONDS`); band sets are refreshed on
 * each insert.
 *
 * - `<prefix>{dedup}:fp:<fingerprint>` hash `{ owner, story }`: who claimed an exact fingerprint.
 * - `<prefix>{dedup}:rec:<dispatch id>` JSON of the stored sketch with its arrival `seq`.
 * - `<prefix>{dedup}:band:<band key>` set of dispatch ids sharing an LSH band.
 * - `<prefix>{dedup}:seq` counter giving arrival order.
 */
export function dedupKeyBase(prefix: string): string {
  return `${prefix}{dedup}:`;
}
