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

describe('EnvReader secrets and files', () => {
  const files: Record<string, string> = {
    '/run/secrets/pw': 'from-file\n',
    '/etc/ca.pem': 'PEM',
    '/empty': '\n',
  };
  const readFile = (path: string): string => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return text;
  };

  it('reads a secret from NAME or NAME_FILE (dropping the final newline) and files by path', () => {
    const read = new EnvReader(
      { A: 'direct', B_FILE: '/run/secrets/pw', CA: '/etc/ca.pem', T: 'TRUE' },
      { readFile },
    );
    expect(read.secret('A')?.reveal()).toBe('direct');
    expect(read.secret('B')?.reveal()).toBe('from-file');
    expect(read.secret('C')).toBeUndefined();
    expect(read.fileText('CA')).toBe('PEM');
    expect(read.flag('T', false)).toBe(true);
    expect(read.flag('UNSET', true)).toBe(true);
    expect(read.problems).toEqual([]);
  });

  it('reports both forms given, unreadable and empty files, and never the value', () => {
    const read = new EnvReader(
      { A: 'topsecret', A_FILE: '/run/secrets/pw', B_FILE: '/nope', C_FILE: '/empty' },
      { readFile },
    );
    read.secret('A');
    read.secret('B');
    read.secret('C');
    expect(read.problems).toEqual([
      'set A or A_FILE, not both',
      'B_FILE: cannot read "/nope" (ENOENT)',
      'C_FILE: "/empty" is empty',
    ]);
  });

  it('reports *_FILE variables as unsupported without a file reader', () => {
    const read = new EnvReader({ A_FILE: '/run/secrets/pw' });
    expect(read.secret('A')).toBeUndefined();
    expect(read.problems).toEqual(['A_FILE is not supported here']);
  });
});
