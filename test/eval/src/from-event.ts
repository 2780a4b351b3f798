import { type DispatchEvent } from '@wirestream/contracts';
import { type Prediction } from './prediction';

/** Segment roles whose sentences the story counts (a dateline joins the sentence after it). */
const STORY_ROLES: ReadonlySet<string> = new Set(['headline', 'dateline', 'body']);

/**
 * Our pipeline's enriched event as a prediction. A dateline segment joins the sentence after it
 * on its line; a byline, a heading, a standfirst, a caption or a credit is no sentence (docs/annotation.md); the headline segment is the title sentence.
 */
export function predictionFromEvent(event: DispatchEvent): Prediction {
  const sentences: string[] = [];
  let pending: { text: string; end: number } | undefined;
  const body = event.clean.body;
  for (const segment of event.segments ?? []) {
    // Headings, bylines, standfirsts, captions and credits are no sentences of the story (docs/annotation.md).
    if (!STORY_ROLES.has(segment.role)) continue;
    // What lies between a dateline and what follows it on its line (a space, or nothing: `–U.S.`).
    const gap = pending === undefined ? '' : body.slice(pending.end, segment.start);
    const sameLine = pending !== undefined && !gap.includes('\n');
    if (segment.role === 'dateline') {
      pending = { text: `${sameLine ? pending!.text + gap : ''}${segment.text}`, end: segment.end };
      continue;
    }
    // A dateline joins the sentence after it on its line; standing on a line of its own, it is none.
    sentences.push((sameLine ? pending!.text + gap : '') + segment.text);
    pending = undefined;
  }
  return {
    ...(event.headline === undefined ? {} : { headline: event.headline }),
    cleanBody: event.clean.body,
    sentences,
    entities: (event.entities ?? []).map((e) => ({
      type: e.type,
      text: e.text,
      ...(e.expansion === undefined ? {} : { expansion: e.expansion }),
      ...(e.canonical === undefined
        ? {}
        : {
            canonical: {
              name: e.canonical.name,
              id: e.canonical.id,
              ...(e.canonical.country === undefined ? {} : { country: e.canonical.country }),
            },
          }),
    })),
    strikes: (event.strikes ?? []).map((s) => ({
      count: s.count,
      kind: s.kind,
      ...(s.location === undefined
        ? {}
        : { place: s.location.canonical?.name ?? s.location.text, placeText: s.location.text }),
      evidence: s.evidence.text,
    })),
    totals: (event.strikeTotals ?? []).map((t) => ({
      count: t.count,
      kind: t.kind,
      ...(t.scope.location === undefined ? {} : { place: t.scope.location, placeText: t.scope.location }),
      evidence: t.evidence.text,
    })),
  };
}
