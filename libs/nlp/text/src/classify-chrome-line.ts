import {
  AGENCY_CREDITS,
  CHROME_PHRASES,
  CREDIT_INTRODUCERS,
  SHARE_NETWORKS,
  type ChromeTable,
} from './chrome-phrases';
import { foldDiacritics } from './fold-diacritics';

/**
 * Where a line is chrome: `anywhere` (search boxes, read-more links, share bars, copyright and cookie
 * lines), or only at an `edge` of the page, above the headline or below the text (menus, sections,
 * breadcrumbs), where a one-word line cannot be a body paragraph.
 */
export type ChromePlacement = 'anywhere' | 'edge';

/** Matching key: diacritics, case and punctuation set aside, words separated by one space. */
function chromeKey(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const tables: readonly ChromeTable[] = Object.values(CHROME_PHRASES);
const keysOf = (pick: (t: ChromeTable) => readonly string[]): string[] => tables.flatMap(pick).map(chromeKey);

/** Lines longer than this are classified by `classifyLongLine`. */
const MAX_SHORT_LINE_CHARS = 80;
const LINES = new Set(keysOf((t) => t.lines));
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return WORD_CHAR.test(c);
};

/**
 * The first two words of a folded, lower-cased line, one space between them. Scans only as far as the
 * second word: every line of a page is asked, most of them long.
 */
function firstWords(foldedLower: string): string {
  const words: string[] = [];
  let i = 0;
  while (words.length < 2 && i < foldedLower.length) {
    while (i < foldedLower.length && !isWordChar(foldedLower[i]!)) i++;
    const start = i;
    while (i < foldedLower.length && isWordChar(foldedLower[i]!)) i++;
    if (i > start) words.push(foldedLower.slice(start, i));
  }
  return words.join(' ');
}
const LONG_LINE_HEADS = new Set(
  tables
    .flatMap((t) => t.lines)
    .filter((l) => l.length > MAX_SHORT_LINE_CHARS)
    .map((l) => firstWords(foldDiacritics(l).toLowerCase())),
);
const EDGE_LINES = new Set([...keysOf((t) => t.edgeLines), ...AGENCY_CREDITS.map(chromeKey)]);
const PREFIXES = byFirstWord([...new Set(keysOf((t) => t.prefixes))]);
const NOTICES = [...new Set(keysOf((t) => t.notices))];
/** Lead-ins grouped by their last word, the one a line must end with. */
const LINK_LEAD_INS = new Map<string, string[]>();
for (const l of new Set(keysOf((t) => t.linkLeadIns))) {
  const last = l.slice(l.lastIndexOf(' ') + 1);
  LINK_LEAD_INS.set(last, [...(LINK_LEAD_INS.get(last) ?? []), l]);
}
/** A web address in a line. */
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
/** Words besides its address a link line holds at most (`Source http://…, le 15 février 2013`). */
const MAX_LINK_WORDS = 6;
/** A file to download and its size: `Download PDF 793 KB`, `Télécharger le rapport (1,2 Mo)`. */
const DOWNLOAD_WORD = /\b(?:download|telecharger|herunterladen|descargar|scarica)\b/u;
const FILE_SIZE = /\b\d+ ?(?:[kmg]b|[kmg]o)\b/u;
/** First two words of every notice: a line is folded whole only when its opening matches one. */
const NOTICE_HEADS = new Set(NOTICES.map(firstWords));
const DATED_PREFIXES = byFirstWord([...new Set(keysOf((t) => t.datedPrefixes))]);
const SHARE_WORDS = new Set([...keysOf((t) => t.shareWords), ...SHARE_NETWORKS.map(chromeKey)]);
const SHARE_LINK_WORDS = new Set(keysOf((t) => t.shareLinkWords));
const COPYRIGHT = keysOf((t) => t.copyright);
const COOKIE_CONSENT = keysOf((t) => t.cookieConsent);
const HOME_WORDS = new Set(['accueil', 'home', 'startseite', 'inicio', 'portada']);
/** A line opening with the home page's crumb and a separator. */
const HOME_FIRST = /^\s*(?:accueil|home|startseite|inicio|portada)\s*[>›»|/]/iu;
const AGENCY_WORDS = new Set(AGENCY_CREDITS.map(chromeKey).flatMap((k) => k.split(' ')));
const CREDIT_WORDS = new Set(CREDIT_INTRODUCERS);
const MAX_CREDIT_LINE = 60;
/** "3 min read", "Lecture : 3 min", "Temps de lecture 2 min", "Lesezeit: 4 Min." (folded key). */
const READING_TIME =
  /^(?:\d+ min(?:utes?)? (?:read|de lecture)|(?:temps de )?lecture \d+ min|reading time \d+|lesezeit \d+|tiempo de lectura \d+|tempo di lettura \d+)/;

/** The running time of an embedded video, alone on its line: `01:16`, `1:02:33`. */
const VIDEO_LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

/** Link titles and page metadata stay short; anything longer is prose and is kept. */
const MAX_LINK_LINE = 200;
const MAX_DATED_LINE = 80;
const MAX_COOKIE_LINE = 600;
/** Menus, share bars, credits and page metadata are shorter than this. */
const MAX_SHORT_LINE = MAX_SHORT_LINE_CHARS;
/** Words without which a line cannot be a copyright notice (checked before any folding). */
const COPYRIGHT_HINT = /©|\(c\)|copyright|droits|rights|rechte|derechos|diritti|riservat/i;
const SEPARATOR_AFTER_PREFIX = /^\s*(?:[:>›»|•\-–—]|$)/u;

function isShareBar(key: string): boolean {
  const words = key.split(' ');
  if (words.length > 12) return false;
  let shared = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // Multi-word entries ("copy link", "e mail") are matched as one.
    if (SHARE_WORDS.has(`${w} ${words[i + 1] ?? ''}`)) {
      shared = true;
      i++;
    } else if (SHARE_WORDS.has(w)) shared = true;
    else if (!SHARE_LINK_WORDS.has(w)) return false;
  }
  return shared;
}

/**
 * A short line closed by a share bar of two links or more (`Press Operations Bookmark and Share`,
 * `Release No: 478-99 PRINT | E-MAIL`): the page's tool strip, whatever label precedes it.
 */
function endsWithShareBar(key: string): boolean {
  const words = key.split(' ');
  let links = 0;
  let i = words.length - 1;
  for (; i >= 0; i--) {
    const w = words[i] ?? '';
    const pair = i > 0 ? `${words[i - 1] ?? ''} ${w}` : '';
    if (SHARE_WORDS.has(pair)) {
      links++;
      i--;
    } else if (SHARE_WORDS.has(w)) links++;
    else if (!SHARE_LINK_WORDS.has(w)) break;
  }
  return links >= 2 && i >= 0;
}

/** `Par AFP`, `Source : Reuters`, `Avec AFP et Reuters`: an introducer, then agency names only. */
function isCreditLine(key: string): boolean {
  const [first, ...rest] = key.split(' ');
  if (first === undefined || !CREDIT_WORDS.has(first) || rest.length === 0) return false;
  return rest.every(
    (w) => AGENCY_WORDS.has(w) || w === 'et' || w === 'and' || w === 'und' || w === 'y' || w === 'e',
  );
}

function isBreadcrumb(line: string): boolean {
  if (!/[>›»|/]/u.test(line)) return false;
  if (/[.!?]/.test(line) && !HOME_FIRST.test(line)) return false;
  // Split then trim: `\s*` before the separator would rescan every run of spaces.
  const parts = line
    .split(/[>›»|/]/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return false;
  const keys = parts.map(chromeKey);
  // From the home page down, the last crumbs may be the page's title (written twice by some sites).
  if (HOME_WORDS.has(keys[0] ?? '') && keys.length >= 3)
    return keys.slice(0, -2).every((k) => k.split(' ').length <= 4);
  if (keys.some((k) => k.split(' ').length > 4)) return false;
  return HOME_WORDS.has(keys[0] ?? '') || keys.every((k) => EDGE_LINES.has(k) || LINES.has(k));
}

const spacedOf = (foldedLower: string): string =>
  foldedLower.replace(/[^\p{L}\p{N}:>›»|•\-–—]+/gu, ' ').trimStart();

/** Phrases grouped by their first word, so a line is only compared with those it could start with. */
function byFirstWord(phrases: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const p of phrases) {
    const first = p.split(' ', 1)[0] ?? '';
    map.set(first, [...(map.get(first) ?? []), p]);
  }
  return map;
}

/** The first word of a spaced key (letters and digits up to the first other character). */
const firstWordOf = (spaced: string): string => /^[\p{L}\p{N}]*/u.exec(spaced)?.[0] ?? '';

/** `spaced` is the folded, lower-cased line with runs of other characters than separators made one space. */
function hasPrefix(
  spaced: string,
  prefixes: ReadonlyMap<string, readonly string[]>,
  needsSeparator: boolean,
): boolean {
  const candidates = prefixes.get(firstWordOf(spaced));
  if (candidates === undefined) return false;
  return candidates.some((p) => {
    if (!spaced.startsWith(p)) return false;
    const rest = spaced.slice(p.length);
    return needsSeparator ? SEPARATOR_AFTER_PREFIX.test(rest) : rest.startsWith(' ');
  });
}

/**
 * Tells whether a whole line is page chrome, and where it may be removed. Matching is on the entire
 * line against the data tables of {@link CHROME_PHRASES} (all languages at once: pages mix them), so it
 * never fires on a sentence that only mentions a chrome word.
 */
export function classifyChromeLine(line: string): ChromePlacement | undefined {
  const raw = line.trim();
  if (raw.length === 0) return undefined;
  // Prose is long: only a cookie banner can be chrome past the link-title length, so skip folding.
  if (raw.length > MAX_LINK_LINE) {
    const head = foldDiacritics(raw.slice(0, 64)).toLowerCase();
    if (NOTICE_HEADS.has(firstWords(head)) && isNotice(chromeKey(raw))) return 'anywhere';
    return isCookieBanner(raw, () => chromeKey(raw)) ? 'anywhere' : undefined;
  }
  if (isLinkLine(raw)) return 'anywhere';
  if (raw.length > MAX_SHORT_LINE) return classifyLongLine(raw);
  const foldedLower = foldDiacritics(raw).toLowerCase();
  const key = foldedLower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (key.length === 0) return 'edge';
  if (LINES.has(key)) return 'anywhere';
  if (EDGE_LINES.has(key)) return 'edge';
  if (
    VIDEO_LENGTH.test(raw) ||
    isNotice(key) ||
    leadsToLink(key) ||
    (isDownload(key) && !/[.!?]$/u.test(raw))
  )
    return 'anywhere';
  const spaced = spacedOf(foldedLower);
  if (hasPrefix(spaced, PREFIXES, true)) return 'anywhere';
  if (raw.length <= MAX_DATED_LINE && /\d/.test(raw) && hasPrefix(spaced, DATED_PREFIXES, false)) {
    return 'anywhere';
  }
  if (isShareBar(key)) return 'anywhere';
  if (endsWithShareBar(key)) return 'edge';
  if (raw.length <= MAX_CREDIT_LINE && (isCreditLine(key) || READING_TIME.test(key))) return 'anywhere';
  if (/^(?:©|\(c\)\s|copyright\b)/iu.test(raw)) return 'anywhere';
  if (COPYRIGHT.some((c) => key.includes(c))) return 'anywhere';
  if (isCookieBanner(raw, () => key)) return 'anywhere';
  if (isBreadcrumb(raw)) return 'edge';
  return undefined;
}

/**
 * A line of prose length can only be a long table line, a link title ("Lire aussi : …"), a copyright or
 * cookie notice, or a breadcrumb; checking just those keeps body paragraphs cheap (they are most lines).
 */
function classifyLongLine(raw: string): ChromePlacement | undefined {
  const head = foldDiacritics(raw.slice(0, 64)).toLowerCase();
  // A few whole-line entries are long (a government site's banner): looked up like the short ones,
  // once the line's first two words say it may be one of them.
  if (LONG_LINE_HEADS.has(firstWords(head)) && LINES.has(chromeKey(raw))) return 'anywhere';
  if (hasPrefix(spacedOf(head), PREFIXES, true)) return 'anywhere';
  if (NOTICE_HEADS.has(firstWords(head)) && isNotice(chromeKey(raw))) return 'anywhere';
  if (COPYRIGHT_HINT.test(raw)) {
    if (/^(?:©|\(c\)\s|copyright\b)/iu.test(raw)) return 'anywhere';
    const key = chromeKey(raw);
    if (COPYRIGHT.some((c) => key.includes(c))) return 'anywhere';
  }
  if (isCookieBanner(raw, () => chromeKey(raw))) return 'anywhere';
  return isBreadcrumb(raw) ? 'edge' : undefined;
}

/** A line that is a web address with a few words around it: a link, not a sentence of the story. */
function isLinkLine(raw: string): boolean {
  if (!raw.includes('http') && !raw.includes('www.')) return false;
  const rest = raw.replace(URL, ' ').trim();
  return rest.length < raw.length && (rest.length === 0 || rest.split(/\s+/u).length <= MAX_LINK_WORDS);
}

function isDownload(key: string): boolean {
  return DOWNLOAD_WORD.test(key) && FILE_SIZE.test(key);
}

/** `key` ends as a line leading to a link or a control does (`… can be found at`, `click to enlarge`). */
function leadsToLink(key: string): boolean {
  const candidates = LINK_LEAD_INS.get(key.slice(key.lastIndexOf(' ') + 1));
  if (candidates === undefined) return false;
  return candidates.some(
    (l) => key.endsWith(l) && (key.length === l.length || key[key.length - l.length - 1] === ' '),
  );
}

/** `key` (folded, one space between words) opens with a site notice of the tables. */
function isNotice(key: string): boolean {
  return NOTICE_HEADS.has(firstWords(key)) && NOTICES.some((n) => key.startsWith(n));
}

function isCookieBanner(raw: string, keyOf: () => string): boolean {
  if (raw.length > MAX_COOKIE_LINE || !/cookie/i.test(raw)) return false;
  const key = keyOf();
  return /\bcookies?\b/.test(key) && COOKIE_CONSENT.some((c) => key.includes(c));
}
