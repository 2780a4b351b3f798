import { chaosBody, chaosUpdate } from './chaos-body';

/** Versions published per story: enough to check that a story keeps its order. */
export const VERSIONS_PER_STORY = 4;
/** Stories interleaved in one block, so the versions of a story are spread over the stream. */
const STORIES_PER_BLOCK = 25;

export interface InputDispatch {
  readonly id: string;
  readonly story: string;
  readonly version: number;
  readonly key: string;
  readonly value: string;
}

/**
 * Dispatch `index` of a run: stories of {@link VERSIONS_PER_STORY} versions, each version an update
 * of a body that shares nothing with other stories, so dedup keeps every one (and the agency's
 * story id and version keep the updates). Versions of a story go
 * out in order and share its key, so a consumer can check the order per partition.
 */
export function inputDispatch(label: string, index: number): InputDispatch {
  const block = Math.floor(index / (STORIES_PER_BLOCK * VERSIONS_PER_STORY));
  const within = index % (STORIES_PER_BLOCK * VERSIONS_PER_STORY);
  const storyNumber = block * STORIES_PER_BLOCK + (within % STORIES_PER_BLOCK);
  const version = Math.floor(within / STORIES_PER_BLOCK) + 1;
  const story = `${label}-s${storyNumber}`;
  const id = `${story}-v${version}`;
  const body = `${chaosBody(label, storyNumber)} ${chaosUpdate(label, storyNumber, version)}`;
  return {
    id,
    story,
    version,
    key: story,
    value: JSON.stringify({ id, agency: 'AFP', body, storyId: story, version }),
  };
}

/** Dispatches `from` (inclusive) to `to` (exclusive) of a run. */
export function inputRange(label: string, from: number, to: number): InputDispatch[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => inputDispatch(label, from + i));
}

/** The version number of an id made by {@link inputDispatch}, and its story. */
export function parseInputId(id: string): { story: string; version: number } | undefined {
  const match = /^(.*)-v(\d+)$/.exec(id);
  return match ? { story: match[1]!, version: Number(match[2]) } : undefined;
}

/** The index of an id made by {@link inputDispatch} (its position in the run), or -1. */
export function inputIndex(id: string): number {
  const match = /-s(\d+)-v(\d+)$/.exec(id);
  if (!match) return -1;
  const story = Number(match[1]);
  const version = Number(match[2]);
  const perBlock = STORIES_PER_BLOCK * VERSIONS_PER_STORY;
  return (
    Math.floor(story / STORIES_PER_BLOCK) * perBlock +
    (version - 1) * STORIES_PER_BLOCK +
    (story % STORIES_PER_BLOCK)
  );
}
