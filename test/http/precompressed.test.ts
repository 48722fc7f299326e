// Built assets go out compressed to browsers that accept it, from the copies the build made, and as they are to
// clients that do not.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from '../../web/build/precompress';
import { useTestServer } from '../helpers/server';

const webRoot = mkdtempSync(join(tmpdir(), 'earful-web-'));
mkdirSync(join(webRoot, 'assets'));
const script = Array.from({ length: 400 }, (_, i) => `export const answer${i} = () => ${i} * 2;`).join('\n');
writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js'), script);
writeFileSync(join(webRoot, 'assets', 'tiny-1a2b3c.js'), 'export {};');
writeFileSync(join(webRoot, 'widget.js'), script);
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Earful</title>');
const written = precompress(webRoot);

const server = useTestServer({}, { webRoot });
afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('precompressed assets', () => {
  it('compresses each script worth it at build, and leaves small ones alone', () => {
    expect(written).toBe(2);
    expect(readFileSync(join(webRoot, 'assets', 'app-1a2b3c.js.br')).length).toBeLessThan(script.length / 3);
  });

  it.each(['/assets/app-1a2b3c.js', '/widget.js'])('sends %s as brotli, gzip or plain, as the client accepts', async (path) => {
    const br = await get(path, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toContain('Accept-Encoding');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await get(path, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });
});
