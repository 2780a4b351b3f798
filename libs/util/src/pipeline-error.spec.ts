import { ERROR_CODES, isErrorCode, PipelineError, toPipelineError } from './index';

describe('PipelineError', () => {
  it('keeps code, retry flag, location and cause', () => {
    const cause = new Error('socket closed');
    const error = PipelineError.retryable('WIRE_INFRA_UNAVAILABLE', 'broker down', {
      cause,
      location: 'b:1',
    });
    expect(error.code).toBe('WIRE_INFRA_UNAVAILABLE');
    expect(error.retryable).toBe(true);
    expect(error.location).toBe('b:1');
    expect(error.cause).toBe(cause);
    expect(PipelineError.nonRetryable('WIRE_INPUT_SCHEMA', 'bad').retryable).toBe(false);
  });

  it('is recognised by brand, not only by prototype', () => {
    const error = PipelineError.nonRetryable('WIRE_INPUT_SCHEMA', 'bad');
    const copy = Object.assign(Object.create(Error.prototype) as object, error);
    Object.defineProperty(copy, Symbol.for('wirestream.PipelineError'), { value: true });
    expect(PipelineError.is(copy)).toBe(true);
    expect(PipelineError.is(new Error('plain'))).toBe(false);
    expect(PipelineError.is(null)).toBe(false);
  });

  it('classifies unknown throws as non-retryable stage failures', () => {
    const converted = toPipelineError(new TypeError('x is undefined'));
    expect(converted.code).toBe('WIRE_STAGE_FAILED');
    expect(converted.retryable).toBe(false);
    expect(converted.message).toBe('x is undefined');
    expect(toPipelineError('boom').message).toBe('boom');
  });

  it('declares every code once and recognises only declared codes', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(isErrorCode(code)).toBe(true);
    expect(isErrorCode('WIRE_NOT_A_CODE')).toBe(false);
  });
});
