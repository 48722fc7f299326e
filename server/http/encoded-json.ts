// JSON answers built once and kept (the review list's pages) leave as the kept bytes, compressed once for
// browsers that accept it: the bench's page of 50 reviews is 35 KB, 4 KB in brotli.
import type { Context } from 'hono';
import { chooseEncoding, compressedPage } from './compressed-html';

/** Kept answers sent once: compressed from their second sending on, so one asked for once costs no compression. */
const sentOnce = new WeakSet<Uint8Array>();

/** A kept answer's compressed forms live as long as its bytes (compressed-html.ts); one built per request is sent plain. */
export function sendEncodedJson(c: Context, { json, kept }: { json: Uint8Array<ArrayBuffer>; kept: boolean }): Response {
  const again = kept && sentOnce.has(json);
  if (kept) sentOnce.add(json);
  const encoding = again ? chooseEncoding(c.req.header('Accept-Encoding')) : undefined;
  const compressed = encoding && compressedPage(json, encoding);
  if (compressed)
    return c.body(compressed as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/json',
      'Content-Encoding': encoding,
      Vary: 'Accept-Encoding',
    });
  return c.body(json, 200, { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' });
}
