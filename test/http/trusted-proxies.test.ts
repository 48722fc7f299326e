import { describe, expect, it } from 'vitest';
import { trustedProxyList } from '../../server/http/client-identity';

describe('trusted proxy list', () => {
  it('answers each address by the list, asked once or again, before and after its memo starts afresh', () => {
    const proxies = trustedProxyList(['10.0.0.0/8', '192.0.2.7', 'fd00::/8']);
    // Well past the memo's bound, trusted and untrusted interleaved, each asked twice: a stale or shared answer fails.
    for (let round = 0; round < 2; round++) {
      for (let n = 0; n < 6000; n++) {
        const octets = `${(n >> 8) & 255}.${n & 255}`;
        expect(proxies.has(`10.1.${octets}`)).toBe(true);
        expect(proxies.has(`11.1.${octets}`)).toBe(false);
      }
    }
    expect(proxies.has('192.0.2.7')).toBe(true);
    expect(proxies.has('192.0.2.8')).toBe(false);
    expect(proxies.has('fd12::1')).toBe(true);
    expect(proxies.has('fe80::1')).toBe(false);
    expect(proxies.has('not an address')).toBe(false);
    expect(proxies.has('192.0.2.7')).toBe(true);
  });

  it('keeps two lists apart', () => {
    const a = trustedProxyList(['127.0.0.1']);
    const b = trustedProxyList(['10.0.0.1']);
    expect(a.has('127.0.0.1')).toBe(true);
    expect(b.has('127.0.0.1')).toBe(false);
    expect(b.has('10.0.0.1')).toBe(true);
    expect(a.has('10.0.0.1')).toBe(false);
  });
});
