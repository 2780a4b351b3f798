import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** Hex characters kept from the digest: 64 bits, ample for the segments of one dispatch and of a memory. */
const ID_LENGTH = 16;

/**
 * A stable segment id: the SHA-256 of the language, the NFC-normalised text and the occurrence number of
 * that text in the dispatch (0 for the first), so an unchanged sentence keeps its id across updates.
 */
export function segmentId(language: string, text: string, occurrence: number): string {
  const key = `${language}\u0000${text.normalize('NFC')}\u0000${occurrence}`;
  return bytesToHex(sha256(utf8ToBytes(key))).slice(0, ID_LENGTH);
}
