import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * Hex SHA-256 of the UTF-8 bytes of `s`: a fingerprint that is the same on every machine and release,
 * so it can be stored (Redis keys, events) and compared across workers and replays.
 */
export function stableHash(s: string): string {
  return bytesToHex(sha256(utf8ToBytes(s)));
}
