import { EnvReader } from './env-reader';

describe('EnvReader', () => {
  it('reads values with fallbacks, treating blank as unset', () => {
    const env = new EnvReader({ A: ' x ', B: '  ', N: '42', L: 'WARN' });
    expect(env.text('A')).toBe('x');
    expect(env.text('B', 'fallback')).toBe('fallback');
    expect(env.integer('N', 1, 100, 5)).toBe(42);
    expect(env.integer('MISSING', 1, 100, 5)).toBe(5);
    expect(env.oneOf('L', ['info', 'warn'] as const, 'info')).toBe('warn');
    expect(env.oneOf('MISSING', ['json', 'pretty'] as const)).toBeUndefined();
    expect(env.problems).toEqual([]);
    expect(() => env.check('svc')).not.toThrow();
  });

  it('collects every problem and reports them at once', () => {
    const env = new EnvReader({ N: '7x', K: 'nohost,ok:9092', P: 'bad prefix', O: 'maybe' });
    env.integer('N', 1, 10, 1);
    env.brokers('K');
    env.brokers('MISSING');
    env.topicPrefix('P');
    env.oneOf('O', ['true', 'false'] as const, 'true');
    env.problem('X must be below Y');
    expect(env.problems).toEqual([
      'N must be an integer from 1 to 10, got "7x"',
      'K entry "nohost" is not host:port',
      'MISSING is required (host:port[,host:port])',
      'P may only hold letters, digits, ".", "_" and "-"',
      'O must be one of true, false, got "maybe"',
      'X must be below Y',
    ]);
    expect(() => env.check('svc')).toThrow(/invalid configuration for svc:\n {2}- N must be/);
    expect(() => env.check('svc')).toThrow(expect.objectContaining({ code: 'WIRE_CONFIG_INVALID' }));
  });
});
