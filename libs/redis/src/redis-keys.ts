/**
 * Key layout of the dedup state (the scripts in src/lua hold the details). All keys share the hash
 * tag `{dedup}` so the Lua scripts, which touch fingerprints, records and bands of one batch
 * together, run on one Redis Cluster slot. Everything expires with the dedup TTL window
 * (`DEDUP_TTL_SECONDS`).
 *
 * - `<prefix>{dedup}:f:<fingerprint>` hash `{ o: owner id, s: story, q: seq }`: who claimed an exact
 *   fingerprint, and the arrival number of its record.
 * - `<prefix>{dedup}:r:<seq>` hash `{ i: id, s: story, j: packed sketch }`: a stored dispatch.
 * - `<prefix>{dedup}:b:<window>:<bucket>` hash from LSH band key to the seqs sharing it, one per time
 *   window of TTL/4 and band bucket: few keys, small hashes (Redis keeps them as compact listpacks).
 * - `<prefix>{dedup}:seq` counter giving arrival order.
 */
export function dedupKeyBase(prefix: string): string {
  return `${prefix}{dedup}:`;
}

/**
 * The bucket of a band key (FNV-1a): spreads bands over `buckets` hashes per window. Any stable hash
 * would do; it only has to be the same in every worker.
 */
export function bandBucket(band: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < band.length; i++) h = Math.imul(h ^ band.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}
