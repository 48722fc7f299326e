// Pages leave compressed when the browser accepts it: the company page's data block makes it ~70 KB, ~12 KB in
// brotli, and on a slow mobile link those bytes are the first paint. Kept pages are compressed once.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Below this, compression saves less than a packet. */
const MIN_BYTES = 1024;
/** Brotli quality 5: most of the saving at about a millisecond for a company page. */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

const keptBytes = new WeakMap<Uint8Array, Partial<Record<Encoding, Buffer>>>();
/** The built shells and the latest home and review pages repeat; a few strings are enough. */
const keptStrings = new Map<string, Partial<Record<Encoding, Buffer>>>();
const KEPT_STRINGS = 16;

/** `name` listed in Accept-Encoding without q=0; built once, asked on every page request. */
const accepts = (name: Encoding) => new RegExp(`(?:^|,)\\s*${name}\\s*(?:,|$|;(?!\\s*q\\s*=\\s*0(?:\\.0*)?\\s*(?:,|$)))`, 'i');
const ACCEPTS_BR = accepts('br');
const ACCEPTS_GZIP = accepts('gzip');

/** Brotli before gzip whatever the header's order: browsers list gzip first and decode both. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  if (ACCEPTS_BR.test(acceptEncoding)) return 'br';
  if (ACCEPTS_GZIP.test(acceptEncoding)) return 'gzip';
  return undefined;
}

/** The page compressed with `encoding`, or undefined when it is too small to bother. */
export function compressedPage(body: string | Uint8Array, encoding: Encoding): Buffer | undefined {
  const size = typeof body === 'string' ? body.length : body.byteLength;
  if (size < MIN_BYTES) return undefined;
  let kept = typeof body === 'string' ? keptStrings.get(body) : keptBytes.get(body);
  if (!kept) {
    kept = {};
    if (typeof body === 'string') {
      if (keptStrings.size >= KEPT_STRINGS) keptStrings.delete(keptStrings.keys().next().value!);
      keptStrings.set(body, kept);
    } else keptBytes.set(body, kept);
  }
  return (kept[encoding] ??= encoding === 'br' ? brotliCompressSync(body, BROTLI) : gzipSync(body));
}
