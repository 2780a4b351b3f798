import { type DispatchEvent, type Segment } from '@wirestream/contracts';
import { PipelineError } from '@wirestream/util';

/** Segments of an event, or a content error when the segmentation stage has not run on it. */
export function requireSegments(event: DispatchEvent, stage: string): readonly Segment[] {
  if (event.segments === undefined) {
    throw PipelineError.nonRetryable(
      'WIRE_INPUT_SCHEMA',
      `${stage} needs segments, but the segmentation stage has not run on dispatch ${event.id}`,
    );
  }
  return event.segments;
}
