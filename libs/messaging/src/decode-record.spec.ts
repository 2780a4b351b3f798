import { PipelineError } from '@wirestream/util';
import { decodeRecordValue } from './decode-record';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof PipelineError ? error.code : 'not a PipelineError';
  }
};

describe('decodeRecordValue', () => {
  it('parses UTF-8 JSON, accents included', () => {
    expect(decodeRecordValue(Buffer.from('{"body":"Qaïm é"}'), 1024)).toEqual({ body: 'Qaïm é' });
  });

  it('drops a leading byte-order mark', () => {
    const value = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]);
    expect(decodeRecordValue(value, 1024)).toEqual({ a: 1 });
  });

  it('rejects invalid UTF-8 (a lone continuation byte)', () => {
    const value = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x80, 0x22, 0x7d]); // {"a":"\x80"}
    expect(codeOf(() => decodeRecordValue(value, 1024))).toBe('WIRE_INPUT_INVALID_UTF8');
  });

  it('rejects what is not JSON, a tombstone and a record over the limit', () => {
    expect(codeOf(() => decodeRecordValue(Buffer.from('{nope'), 1024))).toBe('WIRE_INPUT_INVALID_JSON');
    expect(codeOf(() => decodeRecordValue(null, 1024))).toBe('WIRE_INPUT_SCHEMA');
    expect(codeOf(() => decodeRecordValue(Buffer.from('"12345"'), 5))).toBe('WIRE_INPUT_TOO_LARGE');
  });
});
