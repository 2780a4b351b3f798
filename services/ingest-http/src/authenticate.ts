import { timingSafeEqual } from 'node:crypto';
import { IngestRejection } from './ingest-rejection';

/**
 * The agency a bearer token speaks for. Every known token is compared in constant time, so the
 * answer's timing says nothing about how close a guess came.
 * @throws IngestRejection 401 when the header is missing, malformed or names no known token.
 */
export function authenticate(authorization: string | undefined, tokens: ReadonlyMap<string, string>): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (match === null) {
    throw new IngestRejection(
      401,
      'WIRE_HTTP_UNAUTHENTICATED',
      authorization === undefined
        ? 'an Authorization: Bearer <token> header is required'
        : 'the Authorization header must be "Bearer <token>"',
    );
  }
  const given = Buffer.from(match[1] as string, 'utf8');
  let agency: string | undefined;
  for (const [token, owner] of tokens) {
    const known = Buffer.from(token, 'utf8');
    if (known.length === given.length && timingSafeEqual(known, given)) agency = owner;
  }
  if (agency === undefined) throw new IngestRejection(401, 'WIRE_HTTP_UNAUTHENTICATED', 'unknown token');
  return agency;
}
