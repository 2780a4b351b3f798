import { type StoredSketch } from '@wirestream/dedup';

/** What Redis keeps of a sketch besides id, story and seq, which have fields of their own. */
interface Packed {
  /** fingerprint */
  readonly f: string;
  /** shingle count */
  readonly n: number;
  /** signature, base64 of little-endian uint32s */
  readonly g: string;
  /** facts, base64 of little-endian uint32s */
  readonly a: string;
  readonly w?: 1;
  /** story key */
  readonly k?: string;
}

const packU32 = (values: readonly number[]): string => {
  const buffer = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => buffer.writeUInt32LE(v >>> 0, i * 4));
  return buffer.toString('base64');
};

const unpackU32 = (text: string): number[] => {
  const buffer = Buffer.from(text, 'base64');
  const values: number[] = new Array<number>(buffer.length >>> 2);
  for (let i = 0; i < values.length; i++) values[i] = buffer.readUInt32LE(i * 4);
  return values;
};

/**
 * Packs a sketch for Redis: 32-bit hashes as base64 bytes take ~40% of their JSON digits, and a
 * record is most of what the store keeps per dispatch (a 128-hash signature: 684 bytes, not ~1.3 KB).
 */
export function packSketch(record: Omit<StoredSketch, 'seq' | 'id' | 'storyId'>): string {
  const packed: Packed = {
    f: record.fingerprint,
    n: record.shingleCount,
    g: packU32(record.signature),
    a: packU32(record.facts),
    ...(record.withdrawn === true ? { w: 1 } : {}),
    ...(record.storyKey === undefined ? {} : { k: record.storyKey }),
  };
  return JSON.stringify(packed);
}

export function unpackSketch(id: string, storyId: string, seq: number, text: string): StoredSketch {
  const p = JSON.parse(text) as Packed;
  return {
    id,
    storyId,
    seq,
    fingerprint: p.f,
    shingleCount: p.n,
    signature: unpackU32(p.g),
    facts: unpackU32(p.a),
    ...(p.w === 1 ? { withdrawn: true } : {}),
    ...(p.k === undefined ? {} : { storyKey: p.k }),
  };
}
