const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Replaces lone UTF-16 surrogates with U+FFFD. Text decoded from UTF-8 never holds them, but a
 * JSON string can ("\udc00"), and parse5 throws a RangeError on them instead of a parse error.
 */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
