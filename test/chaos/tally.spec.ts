import { chaosBody } from './chaos-body';
import { inputDispatch, inputIndex } from './dispatch-set';
import { type LoggedRecord } from './output-log';
import { longestGapSeconds, tallyOutput } from './tally';

const record = (id: string, partition: number, offset: number, at = 0): LoggedRecord => ({
  partition,
  offset: BigInt(offset),
  key: undefined,
  value: null,
  headers: { 'dispatch-id': id },
  at,
});

describe('chaos input', () => {
  it('interleaves 25 stories per block, their versions in order, and maps ids back to indexes', () => {
    expect(inputDispatch('t', 0).id).toBe('t-s0-v1');
    expect(inputDispatch('t', 24).id).toBe('t-s24-v1');
    expect(inputDispatch('t', 25).id).toBe('t-s0-v2');
    expect(inputDispatch('t', 99).id).toBe('t-s24-v4');
    expect(inputDispatch('t', 100).id).toBe('t-s25-v1');
    expect(inputDispatch('t', 25).key).toBe('t-s0');
    for (const index of [0, 24, 25, 99, 100, 4321])
      expect(inputIndex(inputDispatch('t', index).id)).toBe(index);
    expect(inputIndex('not-an-input')).toBe(-1);
  });
});

describe('tallyOutput', () => {
  const expected = new Set(['a-s0-v1', 'a-s0-v2', 'a-s1-v1']);

  it('counts nothing wrong when every id is there once and in story order', () => {
    const tally = tallyOutput(expected, [
      record('a-s0-v1', 0, 5),
      record('a-s1-v1', 1, 0),
      record('a-s0-v2', 0, 9),
    ]);
    expect(tally).toEqual({ lost: 0, doubled: 0, unexpected: 0, outOfOrder: 0, examples: [] });
  });

  it('counts a missing id as lost, a second copy as doubled and a stranger as unexpected', () => {
    const tally = tallyOutput(expected, [
      record('a-s0-v1', 0, 1),
      record('a-s0-v1', 0, 2),
      record('a-s0-v2', 0, 3),
      record('b-s9-v1', 2, 0),
    ]);
    expect([tally.lost, tally.doubled, tally.unexpected, tally.outOfOrder]).toEqual([1, 1, 1, 0]);
  });

  it('finds a story whose versions came out of offset order on their partition', () => {
    // Arrival order does not matter, offsets do: v2 sits before v1 on partition 0.
    const tally = tallyOutput(expected, [
      record('a-s0-v1', 0, 7),
      record('a-s0-v2', 0, 6),
      record('a-s1-v1', 1, 0),
    ]);
    expect(tally.outOfOrder).toBe(1);
  });

  it('measures the longest stall between arrivals', () => {
    expect(
      longestGapSeconds([record('x', 0, 0, 1000), record('y', 0, 1, 4500), record('z', 0, 2, 5000)]),
    ).toBe(3.5);
  });
});

describe('chaos bodies', () => {
  it('differ between runs and stories, and repeat for the same run and story', () => {
    expect(chaosBody('a', 1)).toBe(chaosBody('a', 1));
    expect(chaosBody('a', 1)).not.toBe(chaosBody('b', 1));
    expect(chaosBody('a', 1)).not.toBe(chaosBody('a', 2));
  });
});
