import { hash64 } from './hash64';
import { toNfc } from './to-nfc';

/**
 * A stable segment id: a 64-bit hash ({@link hash64}, 16 hex characters) of the language, the
 * NFC-normalised text and the occurrence number of that text in the dispatch (0 for the first), so an
 * unchanged sentence keeps its id across updates and a repeated sentence gets a distinct id.
 * `segmentText` gives every segment exactly this id.
 */
export function segmentId(language: string, text: string, occurrence: number): string {
  return hash64(language, toNfc(text), occurrence);
}
