import { formatBytes, parseByteSize } from './size';

describe('byte sizes', () => {
  it.each([
    ['1048576', 1048576],
    ['512k', 524288],
    ['2MiB', 2097152],
    ['1.5m', 1572864],
    ['10 KB', 10240],
  ])('parses %s', (text, bytes) => expect(parseByteSize(text)).toBe(bytes));

  it.each(['', 'abc', '-1', '5 GB', '0'])('refuses %j as a usage error', (text) => {
    expect(() => parseByteSize(text)).toThrow(/size/);
  });

  it('renders sizes for messages', () => {
    expect(formatBytes(1048576)).toBe('1 MiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(12)).toBe('12 B');
  });
});
