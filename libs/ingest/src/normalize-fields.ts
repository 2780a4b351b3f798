import { type ParsedDispatch, type PubStatus } from './parsed-dispatch';

const EXTENDED =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:[.,](\d{1,9}))?(Z|[+-]\d{2}(?:\d{2})?)?$/i;

/**
 * Normalises a stated time to ISO-8601 UTC (`2025-10-05T12:32:00Z`, milliseconds only when non-zero).
 * Accepts ISO-8601 extended and basic forms (NITF `norm` attributes use the basic one). A time without
 * an offset is taken as UTC, as IPTC feeds that omit it mean; a date without a time is not a time and
 * gives `undefined`, as does anything unparsable.
 */
export function normalizeTimestamp(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = EXTENDED.exec(value.trim()) ?? BASIC.exec(value.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const millis = Math.round(Number(`0.${frac ?? '0'}`) * 1000);
  let time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'), millis);
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    const offset = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0');
    time -= sign * offset * 60_000;
  }
  const date = new Date(time);
  // Date.UTC rolls 31 February over to March: refuse instead of inventing a day.
  const valid =
    Number(mo) >= 1 && Number(mo) <= 12 && Number(h) <= 23 && Number(mi) <= 59 && Number(s ?? '0') <= 60;
  if (
    !valid ||
    Number.isNaN(time) ||
    new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDate() !== Number(d)
  ) {
    return undefined;
  }
  const iso = date.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

const STATUSES: Record<string, PubStatus> = {
  usable: 'usable',
  withheld: 'withheld',
  // An embargoed item must not be used yet: for the pipeline that is the same as withheld.
  embargoed: 'withheld',
  canceled: 'canceled',
  cancelled: 'canceled',
};

/**
 * Maps IPTC publication statuses to {@link PubStatus}: ninjs values, G2 QCodes (`stat:usable`) and URIs
 * (`http://cv.iptc.org/newscodes/pubstatusg2/usable`), NITF `management-status` (`embargoed` → `withheld`).
 */
export function normalizePubStatus(value: unknown): PubStatus | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value
    .trim()
    .toLowerCase()
    .replace(/^.*[:/]/, '');
  return STATUSES[code];
}

/** A version number as a non-negative integer (`3`, `"3"`); anything else gives `undefined`. */
export function normalizeVersion(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || !/^\s*\d{1,15}\s*$/.test(value)) return undefined;
  return Number(value.trim());
}

/**
 * A BCP 47 tag with a lower-case primary subtag (`fr`, `en-GB`, `fr_FR` → `fr-FR`), as the envelope
 * schema requires; anything else gives `undefined` rather than an invalid envelope.
 */
export function normalizeLanguage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const [primary = '', ...rest] = value.trim().replace(/_/g, '-').split('-');
  const tag = [primary.toLowerCase(), ...rest].join('-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : undefined;
}

/** Text trimmed and whitespace-collapsed, or `undefined` when empty or not a string. */
export function cleanString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[ \t\n\r\f]+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** Fields of an envelope before `id` is derived and empty ones dropped. */
export interface EnvelopeFields {
  readonly agency?: string | undefined;
  readonly body: string;
  readonly headline?: string | undefined;
  readonly language?: string | undefined;
  readonly receivedAt?: string | undefined;
  readonly storyId?: string | undefined;
  readonly version?: number | undefined;
  readonly pubstatus?: PubStatus | undefined;
}

/**
 * Builds the envelope with its fields in contract order, leaving out the unknown ones, and `id`
 * as `${storyId}@v${version}` when both are known (unique per version, stable across replays).
 * Without a version no id is set: the pipeline then derives one from agency and body.
 */
export function buildEnvelope(fields: EnvelopeFields): ParsedDispatch {
  const envelope: Record<string, unknown> = {};
  if (fields.storyId !== undefined && fields.version !== undefined) {
    envelope['id'] = `${fields.storyId}@v${fields.version}`;
  }
  const ordered: (keyof EnvelopeFields)[] = [
    'agency',
    'body',
    'headline',
    'language',
    'receivedAt',
    'storyId',
    'version',
    'pubstatus',
  ];
  for (const key of ordered) if (fields[key] !== undefined) envelope[key] = fields[key];
  return envelope as unknown as ParsedDispatch;
}

/** Joins paragraphs with one blank line, the envelope's body convention. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/**
 * Puts a dateline stated apart from the text (NITF `dateline`, G2 `dateline`) at the head of the first
 * paragraph, as wire copy prints it (`BOUKAMAL, Syria (AP) — …`), so the segmenter still finds where the
 * story was filed. Nothing is added when the text already starts with it.
 */
export function withDateline(paragraphs: string[], dateline: string | undefined): string[] {
  if (dateline === undefined || paragraphs.length === 0) return paragraphs;
  const first = paragraphs[0] as string;
  const place = dateline.split(/[,(]/)[0]?.trim() ?? '';
  if (first.startsWith(dateline) || (place !== '' && first.toLowerCase().startsWith(place.toLowerCase()))) {
    return paragraphs;
  }
  // `(Reuters) - …` already carries the dash: the place just goes in front of it.
  const joiner = /[-–—]$/.test(dateline) || first.startsWith('(') ? ' ' : ' — ';
  return [`${dateline}${joiner}${first}`, ...paragraphs.slice(1)];
}
