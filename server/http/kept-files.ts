// Built files answered from memory. The hashed assets, the widget script and the icon do not change while the
// server runs (it reads the pages naming them once, at start), so each is read once, with the brotli and gzip
// copies the build made: serveStatic opened and streamed the file for every request, 290–460 µs of server CPU an
// answer where a kept page costs 40. serveStatic still answers everything else: HEAD, a Range, a path that is not
// exactly one of these files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { getMimeType } from 'hono/utils/mime';
import type { AppEnv } from './app-env';
import { chooseEncoding, type Encoding } from './compressed-html';

interface KeptFile {
  headers: Record<string, string>;
  plain: Uint8Array<ArrayBuffer>;
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

/** The copies the build writes beside a file (web/build/precompress.ts). */
const SUFFIXES: Record<Encoding, string> = { br: '.br', gzip: '.gz' };
const isCopy = (name: string) => Object.values(SUFFIXES).some((suffix) => name.endsWith(suffix));

const bytes = (path: string) => new Uint8Array(readFileSync(path));

function keep(path: string, cacheControl: string): KeptFile {
  const encoded: KeptFile['encoded'] = {};
  for (const [encoding, suffix] of Object.entries(SUFFIXES) as [Encoding, string][]) {
    if (existsSync(path + suffix)) encoded[encoding] = bytes(path + suffix);
  }
  const headers: Record<string, string> = {
    'Content-Type': getMimeType(path) ?? 'application/octet-stream',
    'Last-Modified': statSync(path).mtime.toUTCString(),
    'Cache-Control': cacheControl,
  };
  if (Object.keys(encoded).length > 0) headers['Vary'] = 'Accept-Encoding';
  return { headers, plain: bytes(path), encoded };
}

/**
 * Serves `files` (paths under `root`, as requested: "/widget.js"), or every file of the folder `folder` ("/assets/"),
 * with `cacheControl`: a GET from memory, anything else through serveStatic (brotli or gzip copies when accepted).
 */
export function keptFiles(root: string, paths: { files?: string[]; folder?: string }, cacheControl: string): MiddlewareHandler<AppEnv> {
  const kept = new Map<string, KeptFile>();
  const { files = [], folder } = paths;
  const names = folder && existsSync(join(root, folder)) ? readdirSync(join(root, folder)).map((name) => folder + name) : [];
  for (const path of [...files, ...names]) {
    const file = join(root, path);
    if (!isCopy(path) && existsSync(file) && statSync(file).isFile()) kept.set(path, keep(file, cacheControl));
  }
  const fromDisk = serveStatic({ root, precompressed: true, onFound: (_p, c) => c.header('Cache-Control', cacheControl) });
  return async (c, next) => {
    const file = c.req.method === 'GET' && c.req.header('range') === undefined ? kept.get(c.req.path) : undefined;
    if (!file) return fromDisk(c, next);
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    const body = encoding && file.encoded[encoding];
    if (body) return c.body(body, 200, { ...file.headers, 'Content-Encoding': encoding });
    return c.body(file.plain, 200, file.headers);
  };
}
