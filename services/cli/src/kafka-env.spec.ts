import { UsageError } from './io';
import { kafkaSecurityFrom } from './kafka-env';

describe('kafkaSecurityFrom', () => {
  it('reads the same SASL and TLS variables as the workers', () => {
    const security = kafkaSecurityFrom(
      {
        KAFKA_SASL_MECHANISM: 'scram-sha-256',
        KAFKA_SASL_USERNAME: 'desk',
        KAFKA_SASL_PASSWORD_FILE: '/pw',
        KAFKA_TLS: 'true',
      },
      (path) => (path === '/pw' ? 'cli-secret\n' : ''),
    );
    expect(security.sasl?.mechanism).toBe('scram-sha-256');
    expect(security.sasl?.username).toBe('desk');
    expect(security.sasl?.password.reveal()).toBe('cli-secret');
    expect(security.tls).toEqual({ rejectUnauthorized: true });
  });

  it('is a usage error listing every problem, without the password', () => {
    const attempt = () =>
      kafkaSecurityFrom({ KAFKA_SASL_PASSWORD: 'cli-secret', KAFKA_TLS_CA_FILE: '/ca.pem' }, () => 'PEM');
    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(
      'invalid Kafka security settings:\n' +
        '  - a Kafka user or password is set but KAFKA_SASL_MECHANISM is not (plain, scram-sha-256, scram-sha-512)\n' +
        '  - KAFKA_TLS_CA_FILE set but KAFKA_TLS is not true',
    );
  });
});
