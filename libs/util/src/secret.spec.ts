import { inspect } from 'node:util';
import { maskSecrets, maskUrlCredentials } from './mask-credentials';
import { Secret } from './secret';

describe('Secret', () => {
  it('prints as [redacted] every way it can be turned into text, and reveals on request', () => {
    const secret = new Secret('hunter2-hunter2');
    const holder = { password: secret };
    expect(String(secret)).toBe('[redacted]');
    expect([secret].join(',')).toBe('[redacted]');
    expect(JSON.stringify(holder)).toBe('{"password":"[redacted]"}');
    expect(inspect(holder)).toBe('{ password: [redacted] }');
    expect(Object.keys(secret)).toEqual([]);
    expect(secret.reveal()).toBe('hunter2-hunter2');
  });
});

describe('maskUrlCredentials', () => {
  it('masks the password of every URL in a text and keeps the user', () => {
    expect(maskUrlCredentials('cannot reach rediss://app:s3cr%40t@cache:6380/2 or redis://:pw@h:1')).toBe(
      'cannot reach rediss://app:***@cache:6380/2 or redis://:***@h:1',
    );
  });

  it('leaves URLs without a password alone', () => {
    expect(maskUrlCredentials('redis://cache:6379 and redis://user@cache:6379')).toBe(
      'redis://cache:6379 and redis://user@cache:6379',
    );
  });
});

describe('maskSecrets', () => {
  it('masks each given value wherever it appears, and URL passwords too', () => {
    expect(maskSecrets('login pa55word failed; pa55word again; redis://u:x1@h', ['pa55word'])).toBe(
      'login *** failed; *** again; redis://u:***@h',
    );
  });

  it('skips values too short to mask safely', () => {
    expect(maskSecrets('a bad day', ['a'])).toBe('a bad day');
  });
});
