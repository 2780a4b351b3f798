/**
 * Dedup groups built from corpus documents by mechanical edits of the real text (no words of
 * ours): the story re-sent, re-scraped under another site's chrome, re-typeset, with a truncated
 * teaser of its lead appended; and updates: an earlier version without its last paragraph, and a
 * corrected figure. Each member carries the status dedup should give it.
 */
import { type DocLine, layBlocks, type LaidBlock, linesOf } from './document-lines';
import { type GoldFile } from './gold-types';
import { type DedupStatus, type EvalInput } from './run-pipeline';

export interface GroupMember extends EvalInput {
  readonly variant: string;
  readonly expected: Exclude<DedupStatus, 'withdrawn' | 'rejected'>;
}

export interface DedupGroup {
  readonly base: string;
  readonly members: readonly GroupMember[];
}

export interface VariantSource {
  readonly id: string;
  readonly raw: string;
  readonly gold: GoldFile;
}

/** The groups for `bases`, chrome borrowed from `donors` (another document, taken in turn). */
export function buildGroups(bases: readonly VariantSource[], donors: readonly VariantSource[]): DedupGroup[] {
  const groups: DedupGroup[] = [];
  bases.forEach((base, i) => {
    const lines = linesOf(base.raw);
    const blocks = layBlocks(lines, base.gold.blocks);
    const story = blocks.filter((b) => b.role === 'paragraph' || b.role === 'list-item');
    if (story.length < 3) return;
    const donor = donors.filter((d) => d.id !== base.id)[i % Math.max(1, donors.length - 1)];
    const last = story[story.length - 1]!;
    const earlier = removeSpan(base.raw, last.start, last.end);
    const members: GroupMember[] = [
      {
        id: `${base.id}~v1`,
        body: earlier,
        variant: 'earlier version (last paragraph not yet written)',
        expected: 'unique',
      },
      { id: base.id, body: base.raw, variant: 'paragraph added', expected: 'update' },
      { id: `${base.id}~resent`, body: base.raw, variant: 're-sent', expected: 'duplicate' },
      {
        id: `${base.id}~retypeset`,
        body: retypeset(lines, blocks),
        variant: 're-typeset (wrapped at 64 columns, other quotes)',
        expected: 'duplicate',
      },
      {
        id: `${base.id}~teaser`,
        body: withTeaser(base.raw, story[0]!),
        variant: 'truncated teaser of the lead appended',
        expected: 'duplicate',
      },
    ];
    if (donor) {
      members.push({
        id: `${base.id}~rescraped`,
        body: withOtherChrome(lines, blocks, donor),
        variant: "re-scraped under another page's chrome",
        expected: 'duplicate',
      });
    }
    const corrected = correctFigure(base.raw, story);
    if (corrected)
      members.push({
        id: `${base.id}~corrected`,
        body: corrected,
        variant: 'a figure corrected',
        expected: 'update',
      });
    groups.push({ base: base.id, members });
  });
  return groups;
}

function removeSpan(raw: string, start: number, end: number): string {
  return (raw.slice(0, start) + raw.slice(end)).replace(/\n{3,}/gu, '\n\n');
}

/** Story blocks rewrapped at 64 columns, straight quotes curled, chrome kept as it was. */
function retypeset(lines: readonly DocLine[], blocks: readonly LaidBlock[]): string {
  const out: string[] = [];
  let cursor = 1;
  for (const block of blocks) {
    for (; cursor < block.first; cursor++) out.push(lines[cursor - 1]?.text ?? '');
    const joined = block.text
      .split('\n')
      .map((l) => l.trim())
      .join(' ');
    const text = block.role === 'paragraph' ? curlQuotes(wrap(joined, 64)) : block.text;
    out.push(text);
    cursor = block.last + 1;
  }
  for (; cursor <= lines.length; cursor++) out.push(lines[cursor - 1]!.text);
  return out.join('\n');
}

function wrap(text: string, width: number): string {
  const words = text.split(' ');
  const rows: string[] = [];
  let row = '';
  for (const w of words) {
    if (row && row.length + 1 + w.length > width) {
      rows.push(row);
      row = w;
    } else row = row ? `${row} ${w}` : w;
  }
  if (row) rows.push(row);
  return rows.join('\n');
}

function curlQuotes(s: string): string {
  let opening = true;
  const curled = s.replace(/"/gu, () => {
    const mark = opening ? '\u201c' : '\u201d';
    opening = !opening;
    return mark;
  });
  return curled.replace(/'/gu, '\u2019');
}

/** The lead's first 100 characters, cut mid-word, with an ellipsis, appended as a teaser. */
function withTeaser(raw: string, lead: LaidBlock): string {
  const text = lead.text.replace(/\s+/gu, ' ');
  const cut = text.slice(0, Math.min(100, Math.max(20, text.length - 10)));
  return `${raw.trimEnd()}\n\n${cut}…\n`;
}

/** The base's chrome lines swapped for the donor's: the same story on another site. */
function withOtherChrome(
  lines: readonly DocLine[],
  blocks: readonly LaidBlock[],
  donor: VariantSource,
): string {
  const donorLines = linesOf(donor.raw);
  const donorChrome = layBlocks(donorLines, donor.gold.blocks).filter((b) => b.role === 'chrome');
  const head = donorChrome.filter((_, i) => i % 2 === 0).map((b) => b.text);
  const tail = donorChrome.filter((_, i) => i % 2 === 1).map((b) => b.text);
  const own = blocks.filter((b) => b.role !== 'chrome').map((b) => b.text);
  void lines;
  return [...head, ...own, ...tail].join('\n\n');
}

/** The first number of the story's second paragraph (or later) raised by one: a correction. */
function correctFigure(raw: string, story: readonly LaidBlock[]): string | undefined {
  for (const block of story.slice(1)) {
    const m = /(?<![\d.,])(\d{1,3})(?![\d.,:])/u.exec(block.text);
    if (!m) continue;
    const at = block.start + m.index;
    return raw.slice(0, at) + String(Number(m[1]) + 1) + raw.slice(at + m[1]!.length);
  }
  return undefined;
}
