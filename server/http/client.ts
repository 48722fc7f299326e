// Who is asking: the client address from the socket (or a trusted proxy's header), kept only as a salted hash.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** The socket's peer address; a trusted proxy's X-Forwarded-For / X-Real-IP replaces it. */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string | null {
  let peer: string | null = null;
  try {
    peer = getConnInfo(c).remote.address ?? null;
  } catch {
    // app.request() in tests has no socket.
    peer = null;
  }
  if (peer && trustedProxies.includes(normaliseAddress(peer))) {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // The right-most address was added by our proxy; anything left of it the client could have written.
    const fromProxy = forwarded?.[forwarded.length - 1] ?? c.req.header('x-real-ip')?.trim();
    if (fromProxy) return normaliseAddress(fromProxy);
  }
  return peer ? normaliseAddress(peer) : null;
}

/** IPv4 seen through an IPv6 socket (::ffff:1.2.3.4) counts as the IPv4 address. */
export const normaliseAddress = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

export function hashClient(salt: string, address: string | null): string | null {
  if (address === null) return null;
  return createHash('sha256').update(salt).update('\0').update(address).digest('base64url').slice(0, 32);
}
