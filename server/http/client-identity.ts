// Who is asking: the client address from the socket (or a trusted proxy's header), kept only as a keyed hash.
import { createHmac } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from './app-env';

/** Addresses answered by one trusted-proxy check before the memo starts afresh: every client passes through it. */
const TRUSTED_MEMO_MAX = 4096;

/** TRUSTED_PROXIES, fixed once built: whether an address is one of them, remembered per address. */
export interface TrustedProxies {
  has(address: string): boolean;
}

/** TRUSTED_PROXIES entries: single addresses or CIDR ranges (10.0.0.0/8, fd00::/8). */
export function trustedProxyList(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = normaliseAddress(entry).split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (isIP(address) === 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  // BlockList.check builds a SocketAddress on every call; the list never changes, so an answer holds.
  const memo = new Map<string, boolean>();
  return {
    has(address) {
      let trusted = memo.get(address);
      if (trusted === undefined) {
        const family = isIP(address);
        trusted = family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
        if (memo.size >= TRUSTED_MEMO_MAX) memo.clear();
        memo.set(address, trusted);
      }
      return trusted;
    },
  };
}

export const isTrusted = (list: TrustedProxies, address: string) => list.has(address);

/**
 * The socket's peer address, unless the peer is a trusted proxy: then the forwarded chain is read from the
 * right, skipping our own proxies, and the first address they did not write is the client. Anything further
 * left the client could have written itself. X-Real-IP counts only without X-Forwarded-For.
 */
/** The socket's peer address, or null when there is no socket (app.request() in tests). */
export function peerAddress(c: Context): string | null {
  try {
    const peer = getConnInfo(c).remote.address;
    return peer ? normaliseAddress(peer) : null;
  } catch {
    return null;
  }
}

export function clientAddress(c: Context, trusted: TrustedProxies | null): string | null {
  const peer = peerAddress(c);
  if (!peer) return null;
  let client = peer;
  if (!trusted || !isTrusted(trusted, client)) return client;
  const forwarded = c.req.header('x-forwarded-for');
  const chain = forwarded !== undefined ? forwarded.split(',') : [c.req.header('x-real-ip') ?? ''];
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(chain[i]!.trim());
    // A hop that is no address means the header is not a proxy's: stop at the last one we can trust.
    if (isIP(hop) === 0) break;
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return client;
}

/** IPv4 seen through an IPv6 socket (::ffff:1.2.3.4) counts as the IPv4 address. */
export const normaliseAddress = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/**
 * What identifies one client for limits and one-per-client votes: an IPv4 address, or an IPv6 /64 — every
 * home and phone is handed a whole /64, so counting single IPv6 addresses would let anyone reset a limit.
 */
export function clientKey(address: string): string {
  if (isIP(address) !== 6) return address;
  return expandIpv6(address).slice(0, 4).join(':') + '::/64';
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::');
  const parts = (s: string) => (s ? s.split(':') : []);
  const left = parts(head);
  const right = parts(tail ?? '');
  const missing = 8 - left.length - right.length;
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right];
  return groups.map((g) => (g.includes('.') ? g : g.replace(/^0+(?=.)/, '')));
}

/** HMAC-SHA256 under CLIENT_HASH_KEY: without the key, trying every IPv4 address finds nothing. */
export function hashClient(key: string, address: string | null): string | null {
  if (address === null) return null;
  return createHmac('sha256', key).update(clientKey(address)).digest('base64url').slice(0, 32);
}

/** Recent clients' hashes, so a busy client is not hashed again on every request; bounded, then started afresh. */
const MEMO_MAX = 10_000;
function memoHash(key: string) {
  const memo = new Map<string, string | null>();
  return (address: string | null) => {
    if (address === null) return null;
    let hash = memo.get(address);
    if (hash === undefined) {
      if (memo.size >= MEMO_MAX) memo.clear();
      hash = hashClient(key, address);
      memo.set(address, hash);
    }
    return hash;
  };
}

/** Sets `clientHash` for the request; the raw address goes no further than this function. */
export function clientIdentity(key: string, trustedProxies: readonly string[]): MiddlewareHandler<AppEnv> {
  // With no proxy configured the socket address is the answer, without a lookup per request.
  const trusted = trustedProxies.length > 0 ? trustedProxyList(trustedProxies) : null;
  const hashOf = memoHash(key);
  return async (c, next) => {
    c.set('clientHash', hashOf(clientAddress(c, trusted)));
    await next();
  };
}
