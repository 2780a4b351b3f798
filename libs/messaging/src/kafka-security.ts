import { type EnvReader, type Secret } from '@wirestream/util';
import { type KafkaConfig } from 'kafkajs';

export const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;
export type SaslMechanism = (typeof SASL_MECHANISMS)[number];

/** How a client authenticates to the brokers and encrypts the connection; both optional. */
export interface KafkaSecurity {
  readonly sasl?: {
    readonly mechanism: SaslMechanism;
    readonly username: string;
    readonly password: Secret;
  };
  readonly tls?: {
    /** PEM text of the CA bundle to trust instead of the system's. */
    readonly ca?: string;
    /** PEM text of a client certificate and its key, for brokers that ask for one. */
    readonly cert?: string;
    readonly key?: Secret;
    readonly rejectUnauthorized: boolean;
  };
}

/** Every variable {@link readKafkaSecurity} reads, with its default. */
export const KAFKA_SECURITY_ENV_DEFAULTS = {
  KAFKA_SASL_MECHANISM: '<none: no SASL> (plain, scram-sha-256, scram-sha-512)',
  KAFKA_SASL_USERNAME: undefined,
  KAFKA_SASL_PASSWORD: '<or KAFKA_SASL_PASSWORD_FILE, a file holding it>',
  KAFKA_TLS: 'false',
  KAFKA_TLS_CA_FILE: '<system CAs>',
  KAFKA_TLS_CERT_FILE: undefined,
  KAFKA_TLS_KEY_FILE: undefined,
  KAFKA_TLS_REJECT_UNAUTHORIZED: 'true',
} as const;

/**
 * Reads the `KAFKA_SASL_*` and `KAFKA_TLS*` variables, adding a problem to `read` for every
 * inconsistent combination (a half-given login, TLS files without `KAFKA_TLS=true`, a certificate
 * without its key). Problems name variables, never their values.
 */
export function readKafkaSecurity(read: EnvReader): KafkaSecurity {
  const mechanism = read.oneOf('KAFKA_SASL_MECHANISM', SASL_MECHANISMS);
  const username = read.text('KAFKA_SASL_USERNAME');
  const password = read.secret('KAFKA_SASL_PASSWORD');
  let sasl: KafkaSecurity['sasl'];
  if (mechanism !== undefined) {
    if (username === undefined) read.problem(`KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM`);
    if (password === undefined)
      read.problem(`KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE is required with KAFKA_SASL_MECHANISM`);
    if (username !== undefined && password !== undefined) sasl = { mechanism, username, password };
  } else if (
    (username !== undefined || password !== undefined) &&
    read.text('KAFKA_SASL_MECHANISM') === undefined
  ) {
    read.problem(
      `a Kafka user or password is set but KAFKA_SASL_MECHANISM is not (plain, scram-sha-256, scram-sha-512)`,
    );
  }

  const enabled = read.flag('KAFKA_TLS', false);
  const ca = read.fileText('KAFKA_TLS_CA_FILE');
  const cert = read.fileText('KAFKA_TLS_CERT_FILE');
  const key = read.secret('KAFKA_TLS_KEY');
  const rejectUnauthorized = read.flag('KAFKA_TLS_REJECT_UNAUTHORIZED', true);
  const certGiven = read.text('KAFKA_TLS_CERT_FILE') !== undefined;
  const keyGiven = read.text('KAFKA_TLS_KEY_FILE') !== undefined || read.text('KAFKA_TLS_KEY') !== undefined;
  if (certGiven !== keyGiven) {
    read.problem('KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE go together (a client certificate and its key)');
  }
  if (!enabled) {
    const stray = [
      'KAFKA_TLS_CA_FILE',
      'KAFKA_TLS_CERT_FILE',
      'KAFKA_TLS_KEY_FILE',
      'KAFKA_TLS_KEY',
      'KAFKA_TLS_REJECT_UNAUTHORIZED',
    ].filter((name) => read.text(name) !== undefined);
    if (stray.length > 0) read.problem(`${stray.join(', ')} set but KAFKA_TLS is not true`);
    return sasl === undefined ? {} : { sasl };
  }
  const tls = {
    rejectUnauthorized,
    ...(ca === undefined ? {} : { ca }),
    ...(cert === undefined ? {} : { cert }),
    ...(key === undefined ? {} : { key }),
  };
  return sasl === undefined ? { tls } : { sasl, tls };
}

/** The kafkajs `sasl` and `ssl` options; the only place the password is revealed. */
export function kafkaSecurityOptions(security: KafkaSecurity | undefined): Pick<KafkaConfig, 'sasl' | 'ssl'> {
  const options: Pick<KafkaConfig, 'sasl' | 'ssl'> = {};
  if (security?.sasl) {
    const { mechanism, username, password } = security.sasl;
    const login = { username, password: password.reveal() };
    // kafkajs types each mechanism apart, so the union is narrowed case by case.
    options.sasl =
      mechanism === 'plain'
        ? { mechanism, ...login }
        : mechanism === 'scram-sha-256'
          ? { mechanism, ...login }
          : { mechanism, ...login };
  }
  if (security?.tls) {
    const { ca, cert, key, rejectUnauthorized } = security.tls;
    options.ssl = {
      rejectUnauthorized,
      ...(ca === undefined ? {} : { ca: [ca] }),
      ...(cert === undefined ? {} : { cert }),
      ...(key === undefined ? {} : { key: key.reveal() }),
    };
  }
  return options;
}

/** A one-line description for the start-up log: mechanism, user and transport, never the password. */
export function describeKafkaSecurity(security: KafkaSecurity | undefined): string {
  const auth = security?.sasl
    ? `SASL ${security.sasl.mechanism.toUpperCase()} as ${security.sasl.username}`
    : 'no SASL';
  const transport = security?.tls
    ? `TLS${security.tls.rejectUnauthorized ? '' : ' (certificate NOT verified)'}`
    : 'plaintext';
  return `${auth}, ${transport}`;
}
