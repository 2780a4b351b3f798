/**
 * Checks a gold file against its document: every quote found, every non-blank line in exactly
 * one block, sentences in order inside sentence blocks, tallies whose stated sums add up.
 * Returns the problems as sentences; an empty list means the file is usable.
 */
import { layBlocks, linesOf, parseLineRange, roleAt } from './document-lines';
import {
  BLOCK_ROLES,
  ENTITY_TYPES,
  type GoldFile,
  type GoldStrike,
  PLACE_SOURCES,
  SENTENCE_ROLES,
  STRIKE_KINDS,
  STRIKE_ROLES,
} from './gold-types';
import { countOccurrences, locate, locateWhere, squeeze, type Squeezed } from './text-locator';

export function validateGold(id: string, raw: string, gold: GoldFile): string[] {
  const problems: string[] = [];
  const say = (m: string) => problems.push(m);
  if (gold.id !== id) say(`id is "${gold.id}", file is "${id}"`);
  if (gold.lang !== 'en' && gold.lang !== 'fr')
    say(`lang must be "en" or "fr", got ${JSON.stringify(gold.lang)}`);
  if (typeof gold.annotator !== 'string' || gold.annotator.length === 0) say('annotator is missing');
  for (const key of [
    'blocks',
    'sentences',
    'entities',
    'acronyms',
    'places',
    'strikes',
    'notStrikes',
  ] as const) {
    if (!Array.isArray(gold[key])) {
      say(`${key} must be an array`);
      return problems;
    }
  }
  const doc = squeeze(raw);
  const lines = linesOf(raw);
  checkBlocks(
    gold,
    lines.map((l) => ({ number: l.number, blank: l.text.trim() === '' })),
    say,
  );
  const blocks = layBlocks(lines, gold.blocks);

  if (gold.headline !== null) {
    if (typeof gold.headline !== 'string') say('headline must be a string or null');
    else {
      const inHeadline = (at: { start: number }) => roleAt(blocks, at.start) === 'headline';
      if (!locate(doc, gold.headline)) say(`headline not found: "${gold.headline}"`);
      else if (!locateWhere(doc, gold.headline, 0, inHeadline))
        say(`headline is not inside a headline block: "${gold.headline}"`);
    }
  } else if (gold.blocks.some((b) => b.role === 'headline')) {
    say('a headline block is marked but "headline" is null');
  }

  let from = 0;
  gold.sentences.forEach((sentence, i) => {
    const inStory = (span: { start: number }) => SENTENCE_ROLES.has(roleAt(blocks, span.start) ?? 'chrome');
    const at = locateWhere(doc, sentence, from, inStory) ?? locate(doc, sentence, 1, from);
    if (!at) {
      const anywhere = locate(doc, sentence);
      say(
        anywhere
          ? `sentence ${i + 1} is out of order: "${clip(sentence)}"`
          : `sentence ${i + 1} not found: "${clip(sentence)}"`,
      );
      return;
    }
    const role = roleAt(blocks, at.start);
    if (!role || !SENTENCE_ROLES.has(role))
      say(
        `sentence ${i + 1} lies in a ${role ?? 'unannotated'} block, not headline/paragraph/list-item: "${clip(sentence)}"`,
      );
    from = at.end;
  });

  const seenEntities = new Set<string>();
  for (const e of gold.entities) {
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type))
      say(`entity "${e.text}": type ${e.type} is not one of ${ENTITY_TYPES.join(', ')}`);
    if (!found(doc, e.text)) say(`entity not found: "${e.text}"`);
    const key = `${e.type}\u0000${e.text}`;
    if (seenEntities.has(key)) say(`entity listed twice: ${e.type} "${e.text}"`);
    seenEntities.add(key);
  }
  for (const a of gold.acronyms) {
    if (!found(doc, a.short)) say(`acronym not found: "${a.short}"`);
    if (!found(doc, a.long)) say(`acronym expansion not found: "${a.long}"`);
  }
  for (const p of gold.places) {
    if (!found(doc, p.text)) say(`place not found: "${p.text}"`);
    if (typeof p.name !== 'string' || p.name.length === 0) say(`place "${p.text}" has no canonical name`);
    if (p.country !== null && !/^[A-Z]{2}$/u.test(p.country ?? ''))
      say(`place "${p.text}": country must be ISO alpha-2 or null`);
  }
  checkStrikes(gold.strikes, doc, say);
  for (const n of gold.notStrikes) {
    if (!found(doc, n.quote)) say(`notStrikes quote not found: "${n.quote}"`);
    if (typeof n.value !== 'number') say(`notStrikes "${n.quote}": value must be a number`);
  }
  return problems;
}

function checkBlocks(
  gold: GoldFile,
  lines: { number: number; blank: boolean }[],
  say: (m: string) => void,
): void {
  const owner = new Map<number, number>();
  let previousLast = 0;
  gold.blocks.forEach((block, i) => {
    if (!(BLOCK_ROLES as readonly string[]).includes(block.role))
      say(`block ${i + 1}: unknown role "${block.role}"`);
    const range = parseLineRange(block.lines);
    if (!range) {
      say(`block ${i + 1}: lines "${block.lines}" is not "N" or "N-M"`);
      return;
    }
    if (range.first <= previousLast)
      say(`block ${i + 1} (lines ${block.lines}) overlaps or precedes the block before it`);
    previousLast = Math.max(previousLast, range.last);
    for (let n = range.first; n <= range.last; n++) {
      if (n > lines.length) {
        say(`block ${i + 1}: line ${n} is past the end of the document (${lines.length} lines)`);
        break;
      }
      owner.set(n, i);
    }
  });
  const uncovered = lines.filter((l) => !l.blank && !owner.has(l.number)).map((l) => l.number);
  if (uncovered.length > 0) say(`non-blank lines in no block: ${compactRanges(uncovered)}`);
}

function checkStrikes(strikes: readonly GoldStrike[], doc: Squeezed, say: (m: string) => void): void {
  const byId = new Map<string, GoldStrike>();
  for (const s of strikes) {
    if (byId.has(s.id)) say(`strike id "${s.id}" used twice`);
    byId.set(s.id, s);
  }
  for (const s of strikes) {
    const where = `strike ${s.id}`;
    const occurrences = countOccurrences(doc, s.quote);
    if (occurrences === 0) say(`${where}: quote not found: "${s.quote}"`);
    else if ((s.occurrence ?? 1) > occurrences)
      say(`${where}: occurrence ${s.occurrence} but the quote occurs ${occurrences} times`);
    else if (occurrences > 1 && s.occurrence === undefined)
      say(`${where}: quote occurs ${occurrences} times; say which with "occurrence"`);
    if (!Number.isFinite(s.count) || s.count < 0) say(`${where}: count must be a number ≥ 0`);
    if (!(STRIKE_KINDS as readonly string[]).includes(s.kind))
      say(`${where}: kind "${s.kind}" is not one of ${STRIKE_KINDS.join(', ')}`);
    if (s.measure !== 'strikes' && s.measure !== 'engagements')
      say(`${where}: measure must be "strikes" or "engagements"`);
    if (s.measure === 'engagements' && s.kind !== 'engagement')
      say(`${where}: an engagements count has kind "engagement"`);
    if (!(PLACE_SOURCES as readonly string[]).includes(s.placeFrom))
      say(`${where}: placeFrom must be clause, inherited or none`);
    if ((s.place === null) !== (s.placeFrom === 'none'))
      say(`${where}: place null exactly when placeFrom is "none"`);
    if (!(STRIKE_ROLES as readonly string[]).includes(s.role))
      say(`${where}: role "${s.role}" is not one of ${STRIKE_ROLES.join(', ')}`);
    if (s.parent != null && !byId.has(s.parent)) say(`${where}: parent "${s.parent}" does not exist`);
    if (s.of != null && !byId.has(s.of)) say(`${where}: of "${s.of}" does not exist`);
    if (s.min != null && s.min > s.count && !s.approx) say(`${where}: min above count`);
    if (s.sumOf != null) {
      const parts = s.sumOf.map((id) => byId.get(id));
      if (parts.some((p) => p === undefined)) say(`${where}: sumOf names an id that does not exist`);
      else {
        const sum = parts.reduce((acc, p) => acc + p!.count, 0);
        if (sum !== s.count) say(`${where}: sumOf adds up to ${sum}, not ${s.count}`);
        for (const p of parts)
          if (p!.parent !== s.id)
            say(`${where}: ${p!.id} is in sumOf but its parent is ${p!.parent ?? 'null'}`);
      }
    }
  }
}

function found(doc: Squeezed, text: string): boolean {
  return typeof text === 'string' && countOccurrences(doc, text) > 0;
}

function clip(s: string): string {
  return s.length > 70 ? `${s.slice(0, 67)}…` : s;
}

function compactRanges(ns: number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < ns.length) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(i === j ? `${ns[i]}` : `${ns[i]}-${ns[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}
