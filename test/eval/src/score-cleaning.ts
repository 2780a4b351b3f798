/**
 * What cleaning kept: the headline picked, lines of removed roles (chrome, teaser, repeat) gone
 * from `clean.body`, lines of the story kept. Lines are compared on folded text, so a line counts
 * as kept when the body still contains it.
 */
import { type DocLine } from './document-lines';
import { foldKey } from './fold';
import { type BlockRole, type GoldFile, REMOVED_ROLES, SENTENCE_ROLES } from './gold-types';
import { type Report } from './mistakes';
import { clip } from './score-segmentation';
import { parseLineRange } from './document-lines';

export interface CleaningScore {
  readonly headlineRight: boolean;
  readonly removedLines: number;
  readonly removedLinesTotal: number;
  readonly keptLines: number;
  readonly keptLinesTotal: number;
}

export function scoreCleaning(
  id: string,
  lines: readonly DocLine[],
  gold: GoldFile,
  headline: string | undefined,
  cleanBody: string,
  report: Report,
): CleaningScore {
  const headlineRight = foldKey(headline ?? '') === foldKey(gold.headline ?? '');
  if (!headlineRight)
    report({
      stage: 'headline',
      kind:
        gold.headline === null
          ? 'headline where the page has none'
          : headline === undefined
            ? 'no headline'
            : 'wrong headline',
      doc: id,
      detail: `picked "${clip(headline ?? '', 60)}", gold "${clip(gold.headline ?? '', 60)}"`,
    });
  const body = foldKey(cleanBody);
  const roleOfLine = new Map<number, BlockRole>();
  for (const block of gold.blocks) {
    const range = parseLineRange(block.lines);
    if (range) for (let n = range.first; n <= range.last; n++) roleOfLine.set(n, block.role);
  }
  // How often each folded line may legitimately stay: once per story occurrence.
  const allowed = new Map<string, number>();
  for (const line of lines) {
    const role = roleOfLine.get(line.number);
    const key = foldKey(line.text);
    if (key && role && !REMOVED_ROLES.has(role)) allowed.set(key, (allowed.get(key) ?? 0) + 1);
  }
  let removedLines = 0;
  let removedLinesTotal = 0;
  let keptLines = 0;
  let keptLinesTotal = 0;
  const checkedRemoved = new Set<string>();
  for (const line of lines) {
    const role = roleOfLine.get(line.number);
    const key = foldKey(line.text);
    if (!key || !role) continue;
    if (REMOVED_ROLES.has(role)) {
      removedLinesTotal += 1;
      const stays = occurrences(body, key) > (allowed.get(key) ?? 0);
      if (!stays) removedLines += 1;
      else if (!checkedRemoved.has(key)) {
        checkedRemoved.add(key);
        report({ stage: 'cleaning', kind: `${role} kept`, doc: id, detail: clip(line.text) });
      }
    } else if (SENTENCE_ROLES.has(role)) {
      keptLinesTotal += 1;
      if (occurrences(body, key) > 0) keptLines += 1;
      else report({ stage: 'cleaning', kind: `${role} line removed`, doc: id, detail: clip(line.text) });
    }
  }
  return { headlineRight, removedLines, removedLinesTotal, keptLines, keptLinesTotal };
}

/** Occurrences of `needle` as whole words (a chrome line "Share" is not kept by "shared"). */
function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    if (isWordChar(haystack[at - 1]) && isWordChar(needle[0])) continue;
    if (isWordChar(haystack[at + needle.length]) && isWordChar(needle[needle.length - 1])) continue;
    n += 1;
  }
  return n;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
