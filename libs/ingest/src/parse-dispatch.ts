import { checkSize, DEFAULT_INGEST_LIMITS, type IngestLimits } from './ingest-limits';
import { inputError } from './input-error';
import { parseHtml } from './parse-html';
import { parseNewsMlG2 } from './parse-newsml-g2';
import { parseNinjs } from './parse-ninjs';
import { parseNitf } from './parse-nitf';
import { type DispatchInput, type ParsedDispatch } from './parsed-dispatch';
import { sniffFormat } from './sniff-format';

/**
 * Reads an agency delivery (ninjs, NITF, NewsML-G2 or an HTML page) into `dispatch.raw` envelopes, one
 * per dispatch it holds (a `newsMessage` or a ninjs array may hold several). The format comes from
 * {@link sniffFormat}. Pure and deterministic: no I/O, no clock.
 * @throws PipelineError (non-retryable) `WIRE_INPUT_UNSUPPORTED_FORMAT` when the input is none of the
 *   agency formats (Wirestream envelopes and plain text included: callers read those themselves),
 *   `WIRE_INPUT_INVALID_JSON`, `WIRE_INPUT_SCHEMA`, `WIRE_INPUT_EMPTY_BODY` or `WIRE_INPUT_TOO_LARGE`.
 */
export function parseDispatch(
  input: DispatchInput,
  limits: IngestLimits = DEFAULT_INGEST_LIMITS,
): ParsedDispatch[] {
  checkSize(input.text, limits);
  let json: { value: unknown } | undefined;
  const parseJson = (): unknown => {
    json ??= { value: JSON.parse(input.text.replace(/^\uFEFF/, '')) };
    return json.value;
  };
  const format = sniffFormat(input, parseJson);
  const checkJson = (named: 'ninjs' | undefined): void => {
    try {
      parseJson();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw inputError(named, 'WIRE_INPUT_INVALID_JSON', `invalid JSON (${detail})`, error);
    }
  };
  switch (format) {
    case 'ninjs': {
      checkJson('ninjs');
      return parseNinjs(json?.value, limits);
    }
    case 'nitf':
      return [parseNitf(input.text, limits)];
    case 'newsml-g2':
      return parseNewsMlG2(input.text, limits);
    case 'html':
      return [parseHtml(input.text, limits)];
    case 'envelope':
      throw inputError(
        undefined,
        'WIRE_INPUT_UNSUPPORTED_FORMAT',
        'this is a Wirestream envelope, not an agency format: publish it as it is',
      );
    case 'text':
      throw inputError(
        undefined,
        'WIRE_INPUT_UNSUPPORTED_FORMAT',
        'this is plain text, not an agency format: use it as the body',
      );
    case undefined:
      // Text that looks like JSON but does not parse deserves the JSON error, not "unknown format".
      if (/^\uFEFF?\s*[[{]/.test(input.text) || /\.json$/i.test(input.fileName ?? '')) checkJson(undefined);
      throw inputError(undefined, 'WIRE_INPUT_UNSUPPORTED_FORMAT', describeUnknown(input));
  }
}

function describeUnknown(input: DispatchInput): string {
  const named = [input.fileName, input.contentType].filter((x) => x !== undefined).join(', ');
  const what = named === '' ? 'the input' : `the input (${named})`;
  return `${what} is not a recognised agency format: expected ninjs JSON, NITF or NewsML-G2 XML, or an HTML page`;
}
