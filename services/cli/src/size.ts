import { UsageError } from './io';

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
};

/** Parses a byte size such as `1048576`, `512k` or `2MiB`. */
export function parseByteSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined)
    throw new UsageError(`invalid size "${text}" (examples: 1048576, 512k, 2MiB)`);
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes < 1) throw new UsageError(`size must be at least 1 byte, got "${text}"`);
  return bytes;
}

/** `1.5 MiB`-style rendering for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(bytes % 1024 ** 2 === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} B`;
}
