import { splitSends } from './split-sends';

// Each record below is 16 bytes of framing + 1 byte of key + 100 bytes of value = 117 bytes.
const record = (n: number) => ({ key: 'k', value: String(n).padStart(100, '0') });

describe('splitSends', () => {
  it('keeps a transaction under the budget in one send', () => {
    const sends = splitSends([{ topic: 'a', messages: [record(1), record(2)] }], 1000);
    expect(sends).toEqual([[{ topic: 'a', messages: [record(1), record(2)] }]]);
  });

  it('cuts records into sends of at most the budget, in order, across topics', () => {
    const sends = splitSends(
      [
        { topic: 'a', messages: [record(1), record(2), record(3)] },
        { topic: 'b', messages: [record(4)] },
      ],
      250, // two records (234 bytes) fit, a third does not
    );
    expect(sends).toEqual([
      [{ topic: 'a', messages: [record(1), record(2)] }],
      [
        { topic: 'a', messages: [record(3)] },
        { topic: 'b', messages: [record(4)] },
      ],
    ]);
  });

  it('sends a record larger than the budget alone', () => {
    const sends = splitSends([{ topic: 'a', messages: [record(1), record(2)] }], 50);
    expect(sends).toEqual([[{ topic: 'a', messages: [record(1)] }], [{ topic: 'a', messages: [record(2)] }]]);
  });

  it('counts header bytes', () => {
    const withHeader = { ...record(1), headers: { h: 'x'.repeat(200) } };
    // 117 + 4 + 1 + 200 = 322 bytes: over a 300-byte budget together with anything else.
    const sends = splitSends([{ topic: 'a', messages: [withHeader, record(2)] }], 300);
    expect(sends).toHaveLength(2);
  });

  it('makes no send for no records', () => {
    expect(splitSends([])).toEqual([]);
  });
});
