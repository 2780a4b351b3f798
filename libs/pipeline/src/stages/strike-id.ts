import { createHash } from 'node:crypto';
import { type Strike } from '@wirestream/contracts';

/**
 * A strike count's identity across the versions of its story: the story, the place (its canonical
 * id when known, else its words, case-folded), the kind and the period's words. An update that
 * restates "8 strikes near Abu Kamal in the last 24 hours" keeps the id, so it replaces the count.
 */
export function strikeIdOf(storyId: string, strike: Strike): string {
  const place = strike.location?.canonical?.id ?? strike.location?.text.toLowerCase() ?? '';
  const parts = [storyId, place, strike.kind, strike.period?.text.toLowerCase() ?? ''];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}
