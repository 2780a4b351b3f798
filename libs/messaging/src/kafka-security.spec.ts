import { EnvReader } from '@wirestream/util';
import { describeKafkaSecurity, kafkaSecurityOptions, readKafkaSecurity } from './kafka-security';

const FILES: Record<string, string> = {
  '/ca.pem': 'CA-PEM',
  '/pw': 'file-password\n',
  '/c.pem': 'CERT',
  '/k.pem': 'KEY',
};
const readFile = (path: string): string => {
  const text = FILES[path];
  if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
  return text;
};

function parse(env: Record<string, string>): {
  security: ReturnType<typeof readKafkaSecurity>;
  problems: string[];
} {
  const read = new EnvReader(env, { readFile });
  return { security: readKafkaSecurity(read), problems: read.problems };
}

describe('readKafkaSecurity', () => {
  it('is plaintext without authentication when nothing is set', () => {
    const { security, problems } = parse({});
    expect(security).toEqual({});
    expect(problems).toEqual([]);
    expect(kafkaSecurityOptions(security)).toEqual({});
    expect(describeKafkaSecurity(security)).toBe('no SASL, plaintext');
  });

  it('builds the kafkajs sasl and ssl options from SCRAM and TLS variables', () => {
    const { security, problems } = parse({
      KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      KAFKA_SASL_USERNAME: 'wire',
      KAFKA_SASL_PASSWORD_FILE: '/pw',
      KAFKA_TLS: 'true',
      KAFKA_TLS_CA_FILE: '/ca.pem',
      KAFKA_TLS_CERT_FILE: '/c.pem',
      KAFKA_TLS_KEY_FILE: '/k.pem',
    });
    expect(problems).toEqual([]);
    expect(kafkaSecurityOptions(security)).toEqual({
      sasl: { mechanism: 'scram-sha-512', username: 'wire', password: 'file-password' },
      ssl: { rejectUnauthorized: true, ca: ['CA-PEM'], cert: 'CERT', key: 'KEY' },
    });
    expect(describeKafkaSecurity(security)).toBe('SASL SCRAM-SHA-512 as wire, TLS');
  });

  it('keeps the password out of JSON of the parsed settings', () => {
    const { security } = parse({
      KAFKA_SASL_MECHANISM: 'plain',
      KAFKA_SASL_USERNAME: 'wire',
      KAFKA_SASL_PASSWORD: 'p4ssw0rd-not-here',
    });
    expect(JSON.stringify(security)).toBe(
      '{"sasl":{"mechanism":"plain","username":"wire","password":"[redacted]"}}',
    );
  });

  it('lists every inconsistent combination at once, naming variables only', () => {
    const { problems } = parse({
      KAFKA_SASL_MECHANISM: 'plain',
      KAFKA_SASL_PASSWORD: 'p4ssw0rd-not-here',
      KAFKA_TLS_CA_FILE: '/ca.pem',
      KAFKA_TLS_CERT_FILE: '/c.pem',
      KAFKA_TLS_REJECT_UNAUTHORIZED: 'false',
    });
    expect(problems).toEqual([
      'KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM',
      'KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together (a client certificate and its key)',
      'KAFKA_TLS_CA_FILE, KAFKA_TLS_CERT_FILE, KAFKA_TLS_REJECT_UNAUTHORIZED set but KAFKA_TLS is not true',
    ]);
    expect(problems.join('\n')).not.toContain('p4ssw0rd');
  });

  it('refuses a login without a mechanism, an unknown mechanism, and a missing password', () => {
    expect(parse({ KAFKA_SASL_USERNAME: 'wire', KAFKA_SASL_PASSWORD: 'x' }).problems).toEqual([
      'a Kafka user or password is set but KAFKA_SASL_MECHANISM is not (plain, scram-sha-256, scram-sha-512)',
    ]);
    expect(parse({ KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_USERNAME: 'wire' }).problems).toEqual([
      'KAFKA_SASL_MECHANISM must be one of plain, scram-sha-256, scram-sha-512, got "gssapi"',
    ]);
    expect(parse({ KAFKA_SASL_MECHANISM: 'scram-sha-256', KAFKA_SASL_USERNAME: 'wire' }).problems).toEqual([
      'KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE is required with KAFKA_SASL_MECHANISM',
    ]);
  });

  it('says when the certificate is not verified', () => {
    const { security } = parse({ KAFKA_TLS: 'true', KAFKA_TLS_REJECT_UNAUTHORIZED: 'false' });
    expect(kafkaSecurityOptions(security)).toEqual({ ssl: { rejectUnauthorized: false } });
    expect(describeKafkaSecurity(security)).toBe('no SASL, TLS (certificate NOT verified)');
  });
});
