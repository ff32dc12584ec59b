// Bearer tokens. Writes always need the token; reads need it only when the server listens beyond
// loopback. No header → 401 (who are you?); a wrong token → 403 (not you).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { EntenteError } from '../errors.ts';

function sameToken(given: string, expected: string): boolean {
  // Compare digests, so the comparison takes the same time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function requireToken(token: string | undefined, what: string): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      throw new EntenteError('E_AUTH', `${what} needs 'Authorization: Bearer <token>' (the token serve printed at start, or ENTENTE_TOKEN)`);
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new EntenteError('E_AUTH', "the Authorization header must read 'Bearer <token>'");
    if (token === undefined) throw new EntenteError('E_FORBIDDEN', `${what} is disabled: the server was started without a token`);
    if (!sameToken(m[1] as string, token)) throw new EntenteError('E_FORBIDDEN', 'wrong token');
    await next();
  };
}
