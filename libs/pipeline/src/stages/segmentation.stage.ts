import { type DispatchEvent } from '@wirestream/contracts';
import { SEGMENTATION_VERSION, segmentText, type LanguageGuess } from '@wirestream/nlp-segmentation';
import { type StageHandler } from '../stage-handler';
import { eventStage, withStage } from './event-stage';

export interface SegmentationStageOptions {
  /** Language detector used when the envelope states no language. */
  readonly detectLanguage: (text: string) => LanguageGuess;
}

/** Detects the language when the envelope does not state it, then cuts `clean.body` into segments. */
export function createSegmentationStage(options: SegmentationStageOptions): StageHandler<'segmentation'> {
  return eventStage('segmentation', SEGMENTATION_VERSION, 'segmented', (event) => {
    const language = event.language ?? options.detectLanguage(event.clean.body).language;
    const segments = segmentText({
      text: event.clean.body,
      language,
      hasHeadline: event.headline !== undefined,
      ...(event.clean.blocks === undefined ? {} : { blocks: event.clean.blocks }),
    });
    const next: DispatchEvent = {
      ...event,
      language,
      segments: segments.map((s) => ({
        id: s.id,
        index: s.index,
        start: s.start,
        end: s.end,
        text: s.text,
        role: s.role,
        ...(s.block === undefined ? {} : { block: s.block }),
        paragraph: s.paragraph,
        protect: s.protect.map((p) => ({ start: p.start, end: p.end, kind: p.kind })),
      })),
      stages: withStage(event, 'segmentation', SEGMENTATION_VERSION),
    };
    return [{ topic: 'segmented', key: next.storyId, value: next }];
  });
}
