/**
 * The corpus as committed: every text has a manifest entry with a licence we may redistribute
 * under, an attribution and a valid gold file; about a fifth is held back; no text repeats
 * another unless the manifest says they are the same story.
 */
import { docIds, hasGold, readDoc, readGold } from './corpus-paths';
import { layBlocks, linesOf } from './document-lines';
import { SENTENCE_ROLES } from './gold-types';
import { readManifest } from './manifest';
import { validateGold } from './validate-gold';

const LICENCES = new Set([
  'public-domain-us-gov',
  'CC-BY-2.5',
  'CC-BY-4.0',
  'OGL-UK-3.0',
  'Licence-Ouverte-2.0',
]);

describe('evaluation corpus', () => {
  const ids = docIds();
  const manifest = new Map(readManifest().map((e) => [e.id, e]));

  it('holds at least 150 documents in English and French', () => {
    expect(ids.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ids.map((id) => readGold(id).lang))).toEqual(new Set(['en', 'fr']));
  });

  it('gives every text a source, an allowed licence and an attribution, and nothing else', () => {
    const problems: string[] = [];
    for (const id of ids) {
      const e = manifest.get(id);
      if (!e) problems.push(`${id}: no manifest entry`);
      else {
        if (!LICENCES.has(e.licence)) problems.push(`${id}: licence "${e.licence}"`);
        if (!/^https?:\/\//u.test(e.url)) problems.push(`${id}: url "${e.url}"`);
        if (!e.attribution || !e.licenceUrl) problems.push(`${id}: attribution or licenceUrl missing`);
      }
    }
    for (const id of manifest.keys()) if (!ids.includes(id)) problems.push(`${id}: in the manifest, no text`);
    expect(problems).toEqual([]);
  });

  it('has a valid gold file for every text', () => {
    const problems = ids.flatMap((id) =>
      hasGold(id)
        ? validateGold(id, readDoc(id), readGold(id)).map((p) => `${id}: ${p}`)
        : [`${id}: no gold`],
    );
    expect(problems).toEqual([]);
  });

  it('holds back about a fifth', () => {
    const held = [...manifest.values()].filter((e) => e.split === 'held').length;
    expect(held / manifest.size).toBeGreaterThan(0.1);
    expect(held / manifest.size).toBeLessThan(0.3);
  });

  it('repeats no story under two ids unless they are marked as the same story', () => {
    const shingles = new Map(ids.filter(hasGold).map((id) => [id, shingleSet(storyText(id))]));
    const repeats: string[] = [];
    const withGold = [...shingles.keys()];
    for (let i = 0; i < withGold.length; i++) {
      for (let j = i + 1; j < withGold.length; j++) {
        const [a, b] = [withGold[i]!, withGold[j]!];
        const same = manifest.get(a)?.sameStoryAs === b || manifest.get(b)?.sameStoryAs === a;
        if (!same && overlap(shingles.get(a)!, shingles.get(b)!) > 0.5) repeats.push(`${a} ~ ${b}`);
      }
    }
    expect(repeats).toEqual([]);
  });
});

/** The story's own lines (a site's boilerplate is shared by design). */
function storyText(id: string): string {
  const blocks = layBlocks(linesOf(readDoc(id)), readGold(id).blocks);
  return blocks
    .filter((b) => SENTENCE_ROLES.has(b.role))
    .map((b) => b.text)
    .join('\n');
}

function shingleSet(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 8 <= words.length; i++) out.add(words.slice(i, i + 8).join(' '));
  return out;
}

/** Share of the smaller text's 8-word shingles found in the other. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared += 1;
  return shared / small.size;
}
