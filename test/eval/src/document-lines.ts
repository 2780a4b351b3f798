/** The lines of a corpus document with their raw offsets, and the gold blocks laid over them. */
import { type BlockRole, type GoldBlock } from './gold-types';

export interface DocLine {
  /** 1-based, as `cat -n` prints it. */
  readonly number: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function linesOf(raw: string): DocLine[] {
  const lines: DocLine[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const nl = raw.indexOf('\n', start);
    const end = nl < 0 ? raw.length : nl;
    if (nl < 0 && start >= raw.length) break;
    lines.push({ number, start, end, text: raw.slice(start, end).replace(/\r$/u, '') });
    if (nl < 0) break;
    start = nl + 1;
    number += 1;
  }
  return lines;
}

export interface LaidBlock {
  readonly role: BlockRole;
  readonly first: number;
  readonly last: number;
  /** Raw offsets of the block's first and last non-blank characters' lines. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function parseLineRange(spec: string): { first: number; last: number } | undefined {
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/u.exec(String(spec).trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  return first >= 1 && last >= first ? { first, last } : undefined;
}

/** The gold blocks with their raw spans; blocks whose range does not parse are skipped. */
export function layBlocks(lines: readonly DocLine[], blocks: readonly GoldBlock[]): LaidBlock[] {
  const laid: LaidBlock[] = [];
  for (const block of blocks) {
    const range = parseLineRange(block.lines);
    if (!range) continue;
    const inside = lines.filter((l) => l.number >= range.first && l.number <= range.last);
    if (inside.length === 0) continue;
    const start = inside[0]!.start;
    const end = inside[inside.length - 1]!.end;
    laid.push({
      role: block.role,
      first: range.first,
      last: range.last,
      start,
      end,
      text: inside.map((l) => l.text).join('\n'),
    });
  }
  return laid;
}

/** The role of the block holding raw offset `at`, if any. */
export function roleAt(blocks: readonly LaidBlock[], at: number): BlockRole | undefined {
  return blocks.find((b) => at >= b.start && at < b.end)?.role;
}
