import { dropHeadlineRepeats } from './drop-headline-repeats';
import { type ActorMatch, findActors, findDemonymActors } from './find-actor';
import { findMentions, headingPlace, type Mention } from './find-mentions';
import { findPeriods, type PeriodMatch } from './find-period';
import { foldAligned } from '@wirestream/nlp-text';
import type { NumberLanguage } from './number-words';
import { reconcileTotals, type TotalDraft } from './reconcile-totals';
import { splitSentences } from './split-sentences';
import { SUBJECT_PRONOUNS } from './strike-lexicon';
import { type Token, tokenize } from './tokenize';
import type { StrikeCount, StrikeInput, StrikeReport, StrikeTotal } from './types';

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly segmentId: string;
}

interface Resolved {
  mention: Mention;
  /** Place of a heading above ("Strikes in Syria") for a total that names none. */
  heading?: string;
  readonly sentence: Sentence;
  readonly index: number;
  actor?: ActorMatch;
  period?: string;
}

/** How far (in sentences) a report's lines inherit the actor and period of the total above them. */
const REPORT_REACH = 12;
const PASSIVE_GAP =
  /^[\s,]*(?:[\p{L}'-]+\s+){0,3}(?:de|du|des|d'|of|by|par)(?:\s+(?:la|le|les|the))?\s*(?:l')?$/u;

function sentencesOf(input: StrikeInput, folded: string): Sentence[] {
  const segments =
    input.segments.length > 0 ? input.segments : [{ id: '', start: 0, end: input.text.length, role: 'body' }];
  return segments.flatMap((seg) =>
    splitSentences(input.text, folded, seg.start, seg.end).map((s) => ({ ...s, segmentId: seg.id })),
  );
}

/**
 * Whether the extractor has tables for a language: French and English (and `und`, a text too short to
 * tell, which is read as English). Another language is never read as English.
 */
export function hasStrikeLanguageData(language: string): boolean {
  const l = language.toLowerCase();
  return l.startsWith('fr') || l.startsWith('en') || l === 'und';
}

function languageOf(input: StrikeInput): NumberLanguage {
  return input.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function clauseStart(tokens: readonly Token[], before: number, sentenceStart: number): number {
  let start = sentenceStart;
  for (const tok of tokens) {
    if (tok.start >= before) break;
    if (tok.t === ';' || tok.t === ':') start = tok.end;
  }
  return start;
}

function actorFor(
  input: StrikeInput,
  folded: string,
  m: Mention,
  sentence: Sentence,
  tokens: readonly Token[],
  lang: NumberLanguage,
  previousSubject: () => ActorMatch | undefined,
): ActorMatch | undefined {
  const text = input.text;
  const tail = m.location !== undefined && m.location.end > m.end ? m.location.end : m.end;
  const loc = m.location;
  // A capital named as the place ("près de Damas") is where the strikes fell, not who made them.
  const notPlace = (a: ActorMatch): boolean => loc === undefined || a.end <= loc.start || a.start >= loc.end;
  const inside = findActors(text, folded, m.start, tail).filter(notPlace);
  if (inside.length > 0) return inside[0];
  const demonym = findDemonymActors(text, folded, m.start, m.end)[0];
  if (demonym !== undefined) return demonym;
  const after = findActors(text, folded, m.end, Math.min(sentence.end, tail + 70)).filter(notPlace);
  const agent = after.find((a) => PASSIVE_GAP.test(folded.slice(m.end, a.start)));
  if (agent !== undefined) return agent;
  const from = clauseStart(tokens, m.start, sentence.start);
  const before = findActors(text, folded, from, m.start).filter((a) => a.end <= m.start);
  if (before.length > 0) return before[before.length - 1];
  const pronoun = tokens.some(
    (t, i) =>
      t.start >= from && t.end <= m.start && SUBJECT_PRONOUNS[lang].has(t.t) && tokens[i + 1]?.t !== 'y',
  );
  return pronoun ? previousSubject() : undefined;
}

function periodFor(m: Mention, periods: readonly PeriodMatch[]): string | undefined {
  let best: { text: string; d: number } | undefined;
  for (const p of periods) {
    const d = p.end <= m.start ? m.start - p.end : p.start >= m.end ? p.start - m.end + 1 : 0;
    if (best === undefined || d < best.d) best = { text: p.text, d };
  }
  return best?.text;
}

function evidenceOf(input: StrikeInput, r: Resolved): StrikeCount['evidence'] {
  const loc = r.mention.location;
  const start = loc !== undefined ? Math.min(r.mention.start, loc.prepStart) : r.mention.start;
  const end = loc !== undefined ? Math.max(r.mention.end, loc.end) : r.mention.end;
  return { text: input.text.slice(start, end), start, end, segmentId: r.sentence.segmentId };
}

function toCount(input: StrikeInput, r: Resolved): StrikeCount {
  const { reading, kind, location } = r.mention;
  const canonical = location?.known?.canonical;
  return {
    count: reading.value,
    approx: reading.approx,
    ...(reading.min === undefined ? {} : { min: reading.min }),
    ...(reading.max === undefined ? {} : { max: reading.max }),
    kind,
    ...(location === undefined
      ? {}
      : {
          location: {
            text: input.text.slice(location.start, location.end),
            ...(canonical ? { canonical } : {}),
          },
        }),
    ...(r.actor === undefined ? {} : { actor: r.actor.text }),
    ...(r.actor?.canonical === undefined ? {} : { actorCanonical: r.actor.canonical }),
    ...(r.period === undefined ? {} : { period: r.period }),
    evidence: evidenceOf(input, r),
  };
}

/**
 * Reads a dispatch's strike counts and, for official reports, its stated totals with their
 * reconciliation. Pure and deterministic: the same input always gives the same output.
 */
export function extractStrikeReport(input: StrikeInput): StrikeReport {
  const lang = languageOf(input);
  const folded = foldAligned(input.text);
  const resolved: Resolved[] = [];
  let previous: { sentence: Sentence; resolved: ActorMatch | undefined } | undefined;
  let lastHeading: { index: number; text: string } | undefined;
  sentencesOf(input, folded).forEach((sentence, index) => {
    const before = previous;
    // The subject a pronoun refers to: the previous sentence's first actor, else the one its own
    // pronoun stood for. Looked up only when a pronoun needs it.
    const previousSubject = (): ActorMatch | undefined =>
      before === undefined
        ? undefined
        : (findActors(input.text, folded, before.sentence.start, before.sentence.end)[0] ?? before.resolved);
    const tokens = tokenize(input.text, folded, sentence.start, sentence.end);
    const ctx = { original: input.text, folded, tokens, lang, places: input.places, end: sentence.end };
    let resolvedSubject: ActorMatch | undefined;
    const mentions = findMentions(ctx);
    const heading = mentions.length === 0 ? headingPlace(ctx) : undefined;
    if (heading !== undefined) lastHeading = { index, text: input.text.slice(heading.start, heading.end) };
    const periods = mentions.length > 0 ? findPeriods(input.text, folded, sentence.start, sentence.end) : [];
    for (const mention of mentions) {
      const actor = actorFor(input, folded, mention, sentence, tokens, lang, previousSubject);
      resolvedSubject ??= actor;
      const period = periodFor(mention, periods);
      const underHeading =
        lastHeading !== undefined && index - lastHeading.index <= 2 ? lastHeading.text : undefined;
      resolved.push({
        mention,
        sentence,
        index,
        ...(actor ? { actor } : {}),
        ...(period ? { period } : {}),
        ...(underHeading ? { heading: underHeading } : {}),
      });
    }
    previous = { sentence, resolved: resolvedSubject };
  });
  markBrokenDownTotals(resolved);
  inheritFromTotals(resolved);
  const counts = resolved.filter((r) => !r.mention.total).map((r) => toCount(input, r));
  const drafts: TotalDraft[] = resolved.map((r) => ({
    kind: r.mention.kind,
    count: r.mention.reading.value,
    total: r.mention.total,
    start: r.mention.start,
    ...(r.period === undefined ? {} : { period: r.period }),
    ...(r.mention.location !== undefined
      ? { location: foldAligned(scopeText(input, r.mention)) }
      : r.mention.total && r.heading !== undefined
        ? { location: foldAligned(r.heading) }
        : {}),
  }));
  const sums = reconcileTotals(drafts);
  const strikeTotals: StrikeTotal[] = [];
  resolved.forEach((r, i) => {
    if (!r.mention.total) return;
    const c = toCount(input, r);
    const sum = sums.get(i);
    strikeTotals.push({
      kind: c.kind,
      count: c.count,
      approx: c.approx,
      ...(c.min === undefined ? {} : { min: c.min }),
      ...(c.max === undefined ? {} : { max: c.max }),
      scope: {
        ...(r.mention.location
          ? { location: scopeText(input, r.mention) }
          : r.heading !== undefined
            ? { location: r.heading }
            : {}),
        ...(c.period ? { period: c.period } : {}),
        ...(c.actor ? { actor: c.actor } : {}),
      },
      evidence: c.evidence,
      ...(sum === undefined ? {} : { consistent: sum === c.count && !c.approx, itemsSum: sum }),
    });
  });
  const headlineIds = new Set(input.segments.filter((s) => s.role === 'headline').map((s) => s.id));
  const bodyTotals = strikeTotals.filter((t) => !headlineIds.has(t.evidence.segmentId)).map((t) => t.count);
  const strikes = dropHeadlineRepeats(counts, input.segments, bodyTotals);
  return { strikes, strikeTotals };
}

function scopeText(input: StrikeInput, m: Mention): string {
  const loc = m.location;
  return loc === undefined ? '' : input.text.slice(loc.start, Math.max(loc.end, m.scopeEnd ?? 0));
}

/**
 * A count followed, in the next sentences, by lines that put a place in front ("Near Abu Kamal, two
 * strikes…", "In Syria, … 4 strikes") is the total they break down. A count pointed at a place
 * ("near Mosul") is a line itself, never a total.
 */
function markBrokenDownTotals(resolved: Resolved[]): void {
  resolved.forEach((r, i) => {
    const m = r.mention;
    if (m.total || (m.location !== undefined && !m.location.area)) return;
    const next = resolved.slice(i + 1).find((n) => n.mention.kind === m.kind);
    if (next === undefined || next.index === r.index || next.index - r.index > 3) return;
    const loc = next.mention.location;
    const frontedArea = m.location !== undefined && m.location.prepStart < m.start;
    // Under a total put in an area ("In Syria, … 4 strikes"), the lines point at places ("Near …").
    if (loc !== undefined && loc.prepStart < next.mention.start && !(frontedArea && loc.area)) {
      r.mention = { ...m, total: true };
    }
  });
}

/** Lines of an official report ("Near Abu Kamal, two strikes…") carry the actor and date of its total. */
function inheritFromTotals(resolved: Resolved[]): void {
  let lastTotal: Resolved | undefined;
  for (const r of resolved) {
    const near = lastTotal !== undefined && r.index - lastTotal.index <= REPORT_REACH ? lastTotal : undefined;
    if (near !== undefined) {
      if (r.actor === undefined && near.actor !== undefined) r.actor = near.actor;
      if (r.period === undefined && near.period !== undefined) r.period = near.period;
    }
    if (r.mention.total) lastTotal = r;
  }
}

/**
 * Reads the strike counts of a dispatch: count (exact or with bounds), kind, the place the count is
 * attached to (linked to the entity stage's canonical place when one of `input.places` covers it),
 * actor, period and evidence offsets into `input.text`. Stated totals of official reports are left
 * out (see {@link extractStrikeReport}); casualties, dates, durations and seized items are not counts.
 */
export function extractStrikes(input: StrikeInput): StrikeCount[] {
  return [...extractStrikeReport(input).strikes];
}
