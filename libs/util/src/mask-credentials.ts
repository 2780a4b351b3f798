/** `scheme://user:password@` anywhere in a text; the user part may be empty (`redis://:pw@host`). */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/?#@]*):([^\s/?#@]*)@/gi;

/**
 * The text with the password of every URL in it replaced by `***` (the user name is kept, it helps
 * to tell which account failed). For URLs that reach an error message or a log line.
 */
export function maskUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, (_match, scheme: string, user: string) => `${scheme}${user}:***@`);
}

/**
 * The text with every occurrence of each secret replaced by `***`: the last guard for messages built
 * by libraries (connection errors) that might echo what they were given.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let masked = maskUrlCredentials(text);
  for (const secret of secrets) {
    // Masking a value of one to three characters would garble ordinary words.
    if (secret.length >= 4) masked = masked.split(secret).join('***');
  }
  return masked;
}
