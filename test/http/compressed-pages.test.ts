// Pages leave compressed for browsers that accept it (the company page's data block is most of its bytes), the
// same page as uncompressed, and never in an encoding the browser refused.
import { createHash } from 'node:crypto';
import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
const CSS = '.card{color:#123}';
beforeAll(async () => {
  const shell = (title: string) =>
    `<!doctype html><title>${title}</title><style>${CSS}</style><!--earful:head--><main>${'<p>Words of a page.</p>'.repeat(200)}</main>`;
  const policy = '<!doctype html><title>Policy</title><p>Short.</p>';
  server = await startTestServer(
    {},
    { webFiles: { 'index.html': shell('Home'), 'company.html': shell('Company'), 'policy.html': policy } },
  );
});
afterAll(async () => {
  await server.stop();
  server.remove();
});

function fetchRaw(
  path: string,
  acceptEncoding?: string,
): Promise<{ headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${server.url}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('compressed pages', () => {
  it.each(['/', '/companies/netflix'])('sends %s in brotli or gzip as asked, the same page as plain', async (path) => {
    const plain = await fetchRaw(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
    const br = await fetchRaw(path, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(brotliDecompressSync(br.bytes).toString()).toBe(plain.bytes.toString());
    const gzip = await fetchRaw(path, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.bytes).toString()).toBe(plain.bytes.toString());
  });

  it('never uses an encoding the browser refused, and leaves a small page as it is', async () => {
    expect((await fetchRaw('/', 'br;q=0, gzip;q=0')).headers['content-encoding']).toBeUndefined();
    expect((await fetchRaw('/', 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    expect((await fetchRaw('/', 'identity')).headers['content-encoding']).toBeUndefined();
    expect((await fetchRaw('/policy', 'br')).headers['content-encoding']).toBeUndefined();
  });

  it('allows the pages’ inline stylesheet by its hash and no other inline style', async () => {
    const csp = (await fetchRaw('/')).headers['content-security-policy'] as string;
    const styleSrc = /style-src ([^;]*)/.exec(csp)![1]!.split(' ');
    expect(styleSrc).toEqual(["'self'", `'sha256-${createHash('sha256').update(CSS).digest('base64')}'`]);
  });
});
