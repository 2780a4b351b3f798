import { type ErrorCode, PipelineError } from '@wirestream/util';
import { type DispatchFormat } from './parsed-dispatch';

const FORMAT_NAMES: Record<DispatchFormat, string> = {
  ninjs: 'ninjs',
  nitf: 'NITF',
  'newsml-g2': 'NewsML-G2',
  html: 'HTML',
};

/** A non-retryable input error whose message starts with the format's name, so people know where to look. */
export function inputError(
  format: DispatchFormat | undefined,
  code: ErrorCode,
  message: string,
  cause?: unknown,
): PipelineError {
  const prefix = format === undefined ? '' : `${FORMAT_NAMES[format]}: `;
  return PipelineError.nonRetryable(code, `${prefix}${message}`, cause === undefined ? {} : { cause });
}
