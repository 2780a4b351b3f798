// Bodies for the chaos runs. The e2e's distinct-dispatches.ts draws from small word lists, so
// thousands of its bodies share many three-word shingles and crowd the same LSH bands; that makes
// every dedup call scan long band lists (seconds per batch on Redis at a few thousand dispatches).
// These bodies are made of pseudo-words from a large space, so stories share no shingles at all
// (at 50,000 dispatches a shared update sentence was enough to make Redis answer BUSY).
const consonants = 'bcdfghjklmnprstvz';
const vowels = 'aeiouy';

function rng(seed: number): () => number {
  let s = (seed ^ 0x9e3779b9) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function hashLabel(label: string, n: number): number {
  let seed = n * 2654435761 + 7;
  for (const char of label) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) >>> 0;
  return seed;
}

function word(r: () => number): string {
  const syllables = 2 + Math.floor(r() * 2);
  let out = '';
  for (let i = 0; i < syllables; i++)
    out += consonants[Math.floor(r() * consonants.length)]! + vowels[Math.floor(r() * vowels.length)]!;
  return out;
}

/** The body of story `n` of run `label`: six sentences of invented words, the same for the same input. */
export function chaosBody(label: string, n: number): string {
  const r = rng(hashLabel(label, n));
  return Array.from({ length: 6 }, (_, i) => {
    const words = Array.from({ length: 9 }, () => word(r)).join(' ');
    return `${words[0]!.toUpperCase()}${words.slice(1)} ${n}-${i} ${word(r)} ${10 + Math.floor(r() * 9000)} ${word(r)}.`;
  }).join(' ');
}

/**
 * The sentence version `version` of story `n` adds: invented words too, as a shared phrase
 * ("Mise à jour numéro 2") would put every second version of every story in the same LSH bands.
 */
export function chaosUpdate(label: string, n: number, version: number): string {
  const r = rng(hashLabel(`${label}/${version}`, n));
  const words = Array.from({ length: 6 }, () => word(r));
  return `${words.slice(0, 3).join(' ')} ${version} ${words.slice(3).join(' ')} ${version * 3}.`;
}
