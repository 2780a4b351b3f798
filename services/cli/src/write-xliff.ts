import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DispatchEvent } from '@wirestream/contracts';
import { toXliff, type Segment } from '@wirestream/nlp-segmentation';

/** A dispatch id as a file name: ids are URIs or hashes, so keep letters, digits, `.`, `_` and `-`. */
export function xliffFileName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 200)}.xlf`;
}

/** Writes the segments of an enriched dispatch as an XLIFF 2.1 file in `dir`; returns its path. */
export async function writeXliff(
  dir: string,
  event: DispatchEvent,
  targetLanguage?: string,
): Promise<string | undefined> {
  if (event.segments === undefined) return undefined;
  const segments: Segment[] = event.segments.map((s) => ({
    ...s,
    paragraph: s.paragraph ?? 0,
    protect: (s.protect ?? []) as Segment['protect'],
  }));
  const path = join(dir, xliffFileName(event.id));
  await mkdir(dir, { recursive: true });
  await writeFile(
    path,
    toXliff({
      id: event.id,
      sourceLanguage: event.language ?? 'und',
      ...(targetLanguage === undefined ? {} : { targetLanguage }),
      text: event.clean.body,
      segments,
    }),
  );
  return path;
}
