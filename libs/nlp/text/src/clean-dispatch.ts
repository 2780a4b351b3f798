import { classifyChromeLine, type ChromePlacement } from './classify-chrome-line';
import { isDateLine, isProseLine, isTitleLine } from './line-shapes';
import { normalizeForFingerprint } from './normalize-for-fingerprint';
import { layOutPage } from './page-layout';
import type { CleanBlock, CleanedDispatch, CleanInput, RemovedKind, RemovedText } from './types';

interface Line {
  readonly paragraph: number;
  readonly text: string;
  removed?: RemovedKind;
  /** A photo caption or credit kept in the body as a block of its own. */
  aside?: CleanBlock['role'];
  /** Chrome placement, computed once (`null`: not chrome). */
  placement?: ChromePlacement | null;
  /** `normalizeForFingerprint(text)`, computed when a comparison needs it. */
  normalized?: string;
}

const placementOf = (l: Line): ChromePlacement | null => (l.placement ??= classifyChromeLine(l.text) ?? null);
const normalizedOf = (l: Line): string => (l.normalized ??= normalizeForFingerprint(l.text));

/**
 * A cheap necessary condition for two lines to normalise alike (their first letters and digits), so
 * the full normalisation only runs on lines that may repeat.
 */
const quickKey = (s: string): string => {
  const head = s.slice(0, 48);
  // ASCII (most lines): no normalisation, a plain character class.
  if (ASCII.test(head))
    return head
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '')
      .slice(0, 12);
  return head
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, 12);
};
const ASCII = /^\p{ASCII}*$/u;

/** A headline is one short line: longer first lines are lead paragraphs. */
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;
/** Sentence-final punctuation that a headline does not end with (`?`, `!` and quotes are allowed). */
const FINAL_PUNCTUATION = /(?:[.;:,…]|\.\.\.)\s*$/u;
const ELLIPSIS_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/u;
/** A repeated tail shorter than this (normalised characters) is too weak a signal to remove. */
const MIN_REPEAT_CHARS = 40;
const MIN_TEASER_CHARS = 20;
/** A line shorter than this (normalised characters) may well recur on its own ("Iraq", "Syria"). */
const MIN_REPEATED_LINE = 20;
/** Tail blocks longer than this are not a teaser box but a page that repeats itself: left alone. */
const MAX_TAIL_LINES = 6;
/** A teaser may run over this many lines of the text it cuts short. */
const TEASER_SPAN = 3;

function splitLines(body: string): Line[] {
  const paragraphs = body.replace(/\r\n?/g, '\n').split(/\n[ \t\u00A0]*\n/);
  const lines: Line[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const text of p.split('\n')) {
      const trimmed = text.trim();
      if (trimmed.length > 0) lines.push({ paragraph, text: trimmed });
    }
  });
  return lines;
}

const live = (lines: readonly Line[]): Line[] => lines.filter((l) => l.removed === undefined);

/**
 * Removes chrome lines: `anywhere` ones everywhere, `edge` ones in the runs at the top (when `top`) and
 * at the bottom, skipping lines already removed.
 */
function removeChrome(lines: readonly Line[], top: boolean): void {
  const placements = lines.map((l) => (l.removed === undefined ? placementOf(l) : undefined));
  lines.forEach((l, i) => {
    if (placements[i] === 'anywhere') l.removed = 'chrome';
  });
  const indices = lines.map((_, i) => i);
  for (const order of top ? [indices, [...indices].reverse()] : [[...indices].reverse()]) {
    for (const i of order) {
      const l = lines[i];
      if (l === undefined || l.removed !== undefined) continue;
      if (placements[i] !== 'edge') break;
      l.removed = 'chrome';
    }
  }
}

function looksLikeHeadline(text: string): boolean {
  return (
    text.length <= MAX_HEADLINE_CHARS &&
    text.split(/\s+/).length <= MAX_HEADLINE_WORDS &&
    text.split(/\s+/).length >= 2 &&
    !FINAL_PUNCTUATION.test(text)
  );
}

/** A standfirst printed twice at the top (summary box, then the body's first paragraph): the copy goes. */
function removeRepeatedLead(content: readonly Line[]): void {
  const [first, second] = content;
  if (first === undefined || second === undefined || quickKey(first.text) !== quickKey(second.text)) return;
  if (normalizedOf(first) === normalizedOf(second) && normalizedOf(first).length >= MIN_REPEAT_CHARS) {
    second.removed = 'repeated-lead';
  }
}

/**
 * A line printed twice in a row (a photo's alt text and its caption, a title set again above the text)
 * or the title printed again lower down: the copy goes as `repeat`.
 */
function removeRepeats(content: readonly Line[], headline: string | undefined): void {
  const headlineQuick = headline === undefined ? undefined : quickKey(headline);
  let headlineKey: string | undefined;
  let previous: Line | undefined;
  for (const line of content) {
    const quick = quickKey(line.text);
    // Full normalisation only for lines whose first letters already match.
    const twice =
      previous !== undefined &&
      quickKey(previous.text) === quick &&
      normalizedOf(previous) === normalizedOf(line);
    const title =
      !twice &&
      quick === headlineQuick &&
      normalizedOf(line) === (headlineKey ??= normalizeForFingerprint(headline!));
    // A sentence of a two-sentence title printed again as the first line (`Conseil des ministres du 8
    // février 2006. La préparation des Jeux …` then `La préparation des Jeux …`): only a line no longer
    // than the title can be inside it, so most lines are never normalised for this.
    const inTitle =
      !twice &&
      !title &&
      headline !== undefined &&
      line.text.length < headline.length &&
      ` ${(headlineKey ??= normalizeForFingerprint(headline))} `.includes(` ${normalizedOf(line)} `);
    if ((twice || title || inTitle) && normalizedOf(line).length >= MIN_REPEATED_LINE)
      line.removed = 'repeat';
    else previous = line;
  }
}

/**
 * Finds a repeated lead (and a truncated teaser) at the end of the text: a run of final lines that
 * restates the opening lines in order, as news pages do in their "summary" or "related" boxes. Only
 * such a run at the very end is removed: a quote repeated inside the body is never touched.
 */
function removeRepeatedTail(content: readonly Line[], headline: string | undefined): void {
  const n = content.length;
  const last = content[n - 1];
  if (last === undefined) return;
  const truncated = ELLIPSIS_END.test(last.text);
  const headKeys = new Set([content[0]?.text, headline].filter((t) => t !== undefined).map(quickKey));
  const headlineLine: Line | undefined =
    headline === undefined ? undefined : { paragraph: -1, text: headline };
  for (let k = Math.min(MAX_TAIL_LINES, n - 1); k >= 1; k--) {
    const tailStart = n - k;
    const first = content[tailStart];
    if (first === undefined || !headKeys.has(quickKey(first.text))) continue;
    const tail = content.slice(tailStart);
    const leads: Line[][] = [content.slice(0, tailStart)];
    if (headlineLine !== undefined) leads.push([headlineLine, ...content.slice(0, tailStart)]);
    if (!leads.some((lead) => restatesLead(tail, lead, truncated))) continue;
    tail.forEach((l, i) => {
      l.removed = truncated && i === k - 1 ? 'teaser' : 'repeated-lead';
    });
    return;
  }
  if (truncated) removeTeaser(content);
}

/** True when `tail` repeats the first lines of `lead`, its last line possibly cut short. */
function restatesLead(tail: readonly Line[], lead: readonly Line[], truncated: boolean): boolean {
  const full = truncated ? tail.slice(0, -1) : tail;
  if (full.length > lead.length) return false;
  for (const [i, t] of full.entries()) {
    const l = lead[i];
    if (l === undefined || quickKey(t.text) !== quickKey(l.text) || normalizedOf(t) !== normalizedOf(l))
      return false;
  }
  let chars = full.reduce((sum, t) => sum + normalizedOf(t).length, 0);
  if (truncated) {
    const teaserLine = tail[tail.length - 1];
    const teaser = teaserLine === undefined ? '' : normalizedOf(teaserLine);
    const rest = lead
      .slice(full.length, full.length + TEASER_SPAN)
      .map(normalizedOf)
      .join(' ');
    if (teaser.length < MIN_TEASER_CHARS || rest.length <= teaser.length || !rest.startsWith(teaser))
      return false;
    chars += teaser.length;
  }
  return chars >= MIN_REPEAT_CHARS;
}

/** A last line cut short with an ellipsis that restates an earlier passage word for word. */
function removeTeaser(content: readonly Line[]): void {
  const last = content[content.length - 1];
  if (last === undefined) return;
  const key = quickKey(last.text);
  for (let i = 0; i < content.length - 1; i++) {
    const start = content[i];
    if (start === undefined || quickKey(start.text) !== key) continue;
    const teaser = normalizedOf(last);
    if (teaser.length < MIN_TEASER_CHARS) return;
    const rest = content
      .slice(i, Math.min(i + TEASER_SPAN, content.length - 1))
      .map(normalizedOf)
      .join(' ');
    if (rest.length > teaser.length && rest.startsWith(teaser)) {
      last.removed = 'teaser';
      return;
    }
  }
}

/**
 * Cleans one dispatch: removes page chrome, a lead repeated at the end and a truncated teaser, finds
 * the headline when the envelope has none, and lays the text out as paragraphs separated by one blank
 * line, headline first, lines inside a paragraph kept. Everything removed is listed in `removed` in
 * document order with its kind. Conservative by design: only whole lines are removed, and only when a
 * data table or an exact restatement of the lead says so.
 */
export function cleanDispatch(input: CleanInput): CleanedDispatch {
  const lines = splitLines(input.body);
  let headline = input.headline?.replace(/\s+/g, ' ').trim() || undefined;
  const roles = layOutPage(
    lines.map((l) => ({ text: l.text, paragraph: l.paragraph, chrome: placementOf(l) })),
    { findHeadline: headline === undefined },
  );
  let headlineLine: Line | undefined;
  const headlineAt = roles.indexOf('headline');
  roles.forEach((role, i) => {
    const line = lines[i]!;
    // A caption or credit under the title stays, as a block of its own; above the title (a lead photo
    // printed first) it would come before the headline, which opens the body: it goes.
    if ((role === 'credit' || role === 'caption') && i > headlineAt) line.aside = role;
    else if (role === 'chrome' || role === 'credit' || role === 'caption' || role === 'teaser')
      line.removed = role;
    else if (role === 'headline') headlineLine = line;
  });
  removeChrome(lines, true);

  const first = live(lines)[0];
  if (headlineLine !== undefined && headlineLine.removed === undefined) {
    headline = headlineLine.text;
  } else if (headline !== undefined) {
    if (
      first !== undefined &&
      quickKey(first.text) === quickKey(headline) &&
      normalizedOf(first) === normalizeForFingerprint(headline)
    ) {
      first.removed = 'repeated-lead';
    }
  } else if (!lines.some((l) => isProseLine(l.text))) {
    // A page without running prose (a short bulletin): its first line may still be a title, when it
    // reads as one (no sentence inside it, not a date) and text follows it.
    const hasBody = live(lines).length > 1;
    if (
      first !== undefined &&
      hasBody &&
      looksLikeHeadline(first.text) &&
      isTitleLine(first.text) &&
      !isDateLine(first.text)
    ) {
      headline = first.text;
      headlineLine = first;
    }
  }

  const content = live(lines).filter((l) => l !== headlineLine);
  removeRepeatedLead(content);
  removeRepeats(live(content), headline);
  removeRepeatedTail(live(content), headline);
  // Chrome below a removed teaser (share bars, footers) is now at the bottom edge.
  removeChrome(lines, false);

  // Paragraphs as on the page, a caption or a credit always a paragraph of its own.
  const paragraphs: { text: string; aside: Line['aside'] }[] =
    headline === undefined ? [] : [{ text: headline, aside: undefined }];
  let current: string[] = [];
  let currentKey = '';
  let currentAside: Line['aside'];
  for (const l of live(lines)) {
    if (l === headlineLine) continue;
    const key = `${l.paragraph}:${l.aside ?? ''}`;
    if (key !== currentKey && current.length > 0) {
      paragraphs.push({ text: current.join('\n'), aside: currentAside });
      current = [];
    }
    currentKey = key;
    currentAside = l.aside;
    current.push(l.text);
  }
  if (current.length > 0) paragraphs.push({ text: current.join('\n'), aside: currentAside });

  const blocks: CleanBlock[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    if (p.aside !== undefined) blocks.push({ start: offset, end: offset + p.text.length, role: p.aside });
    offset += p.text.length + 2;
  }
  const removed: RemovedText[] = lines.flatMap((l) =>
    l.removed === undefined ? [] : [{ kind: l.removed, text: l.text }],
  );
  return { body: paragraphs.map((p) => p.text).join('\n\n'), headline, removed, blocks };
}
