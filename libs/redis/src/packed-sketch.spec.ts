import { packSketch, unpackSketch } from './packed-sketch';

describe('packSketch', () => {
  it('keeps every field of a sketch through Redis, the story key included', () => {
    const record = {
      fingerprint: 'f'.repeat(64),
      signature: [0, 1, 4294967295, 123456789],
      shingleCount: 42,
      facts: [3, 8, 4000000001],
      storyKey: 'a'.repeat(64),
    };
    expect(unpackSketch('d1', 's1', 7, packSketch(record))).toEqual({
      id: 'd1',
      storyId: 's1',
      seq: 7,
      ...record,
    });
  });

  it('reads a record packed before story keys existed, and a withdrawal', () => {
    const packed = JSON.stringify({ f: 'x', n: 0, g: '', a: '', w: 1 });
    expect(unpackSketch('d2', 's2', 1, packed)).toEqual({
      id: 'd2',
      storyId: 's2',
      seq: 1,
      fingerprint: 'x',
      shingleCount: 0,
      signature: [],
      facts: [],
      withdrawn: true,
    });
  });
});
