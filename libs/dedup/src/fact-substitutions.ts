/**
 * How many facts one text replaced in the other: min(|A∖B|, |B∖A|) over the multisets of sorted fact
 * hashes. Adding a paragraph adds facts without removing any (0); correcting a figure replaces one (1);
 * the next day's bulletin replaces most of them.
 */
export function factSubstitutions(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let onlyA = 0;
  let onlyB = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      i++;
      j++;
    } else if (x < y) {
      onlyA++;
      i++;
    } else {
      onlyB++;
      j++;
    }
  }
  onlyA += a.length - i;
  onlyB += b.length - j;
  return Math.min(onlyA, onlyB);
}

/** Fact hashes carry their class in the low bit: figures odd, names even (see `sketchDispatch`). */
export const isFigureHash = (h: number): boolean => (h & 1) === 1;

function replacesMost(
  a: readonly number[],
  b: readonly number[],
  minSubstitutions: number,
  minShare: number,
): boolean {
  const substituted = factSubstitutions(a, b);
  return substituted >= minSubstitutions && substituted >= minShare * Math.min(a.length, b.length);
}

/**
 * True when two texts that share most of their words are two editions of a formulaic bulletin (daily
 * strike summary, market report, results) rather than two versions of one story: they replace at least
 * `minSubstitutions` of their figures (numbers, days, months), and at least `minShare` of the figures of
 * the text with fewer, or likewise of their names (teams, places). Names and figures are judged apart
 * because boilerplate names ("ISIL", "Iraq") repeat in every edition and would dilute the share.
 */
export function isFormulaicVariant(
  a: readonly number[],
  b: readonly number[],
  minSubstitutions: number,
  minShare: number,
): boolean {
  const figuresA = a.filter(isFigureHash);
  const figuresB = b.filter(isFigureHash);
  const namesA = a.filter((h) => !isFigureHash(h));
  const namesB = b.filter((h) => !isFigureHash(h));
  return (
    replacesMost(figuresA, figuresB, minSubstitutions, minShare) ||
    replacesMost(namesA, namesB, minSubstitutions, minShare)
  );
}
