import { foldDiacritics } from '@wirestream/nlp-text';

// Apostrophes and the Arabic ayn/hamza marks that romanisations write in so many ways that
// only dropping them makes "Qa'im", "Qā’im" and "Qaïm" meet.
const DROPPED = /['’‘`´ʼʻʿʾ′"]/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const PLAIN_ARTICLES = new Set(['al', 'el', 'ul']);
// Sun-letter forms of the Arabic article are only articles when the next word starts with the
// assimilated consonant (ar-Raqqa, as-Suwayda, ash-Shaddadi); "As" or "At" alone are English words.
const SUN_ARTICLES: Readonly<Record<string, string>> = {
  ar: 'r',
  er: 'r',
  as: 's',
  es: 's',
  ash: 'sh',
  esh: 'sh',
  at: 't',
  et: 't',
  ath: 'th',
  ad: 'd',
  ed: 'd',
  adh: 'dh',
  az: 'z',
  ez: 'z',
  an: 'n',
  en: 'n',
};

/**
 * Lower-cases, strips diacritics and maps special letters, keeping word boundaries as spaces.
 * Used for case-insensitive lexicon look-ups where spelling variants must still differ.
 */
export function foldText(text: string): string {
  // Most wire words are plain ASCII: skip normalisation for them.
  if (/^[\x20-\x7e]*$/.test(text)) {
    const lower = text.toLowerCase();
    return /['`"]/.test(lower) ? lower.replace(DROPPED, '') : lower;
  }
  // The one key fold of nlp-text (diacritics, special letters, apostrophe look-alikes), then lower case.
  return foldDiacritics(text).toLowerCase().replace(DROPPED, '');
}

function foldWord(word: string): string {
  let w = word.replace(/ou/g, 'u').replace(/q/g, 'k');
  // Doubled letters come and go between transliterations (Raqqa/Raqa, Deir Ezzor/Deir ez-Zor).
  w = w.replace(/(\p{L})\1+/gu, '$1');
  if (w.length > 3 && w.endsWith('h')) w = w.slice(0, -1);
  return w;
}

/**
 * The place-name folding key: two spellings of one place that differ by diacritics, the Arabic
 * article, ou/u, q/k, doubled letters or a final h fold to the same key ("Boukamal",
 * "Al-Bukamal"; "Raqa", "Ar-Raqqah"). Word boundaries are dropped so "Abou Kamal" meets "Aboukamal".
 */
export function foldKey(name: string): string {
  const hit = KEY_CACHE.get(name);
  if (hit !== undefined) return hit;
  const key = computeFoldKey(name);
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(name, key);
  return key;
}

// Memoises a pure function for the names that recur across dispatches; bounded for long-lived workers.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50000;

function computeFoldKey(name: string): string {
  const words = foldText(name)
    .split(SEPARATORS)
    .filter((w) => w.length > 0);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (next !== undefined) {
      if (PLAIN_ARTICLES.has(word)) continue;
      const consonant = SUN_ARTICLES[word];
      if (consonant !== undefined && next.startsWith(consonant)) continue;
    }
    kept.push(foldWord(word));
  }
  return kept.join('');
}

/** Splits like the tokenizer and folds, so a phrase key equals the key of its tokens in text. */
export function phraseKey(text: string): string {
  if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  // Elided articles are words of their own ("l'homme" → "l homme"), as the tokenizer splits them;
  // dotted acronyms are not ("U.S." → "us").
  return foldText(
    text
      .replace(/(\p{Lu})\.(?=\p{Lu}|\s|$)/gu, '$1')
      .replace(/(^|[^\p{L}])([ldjmnstc]|qu)['’](?=\p{L})/giu, '$1$2 '),
  )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
