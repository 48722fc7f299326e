// In production the site's links never come from a Host header a client chose: without PUBLIC_ORIGIN the
// server refuses to start. In development the request's own origin is still used, for convenience.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/env';
import { rawRequest } from '../helpers/raw-http';
import { spawnServer, spawnTs, startFlags } from '../helpers/server-process';

describe('PUBLIC_ORIGIN in production', () => {
  it('is required by the configuration when NODE_ENV=production', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_ORIGIN must be set when NODE_ENV=production/);
    expect(readConfig({ NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://reviews.example.com' }).publicOrigin).toBe(
      'https://reviews.example.com',
    );
    expect(readConfig({ NODE_ENV: 'development' }).publicOrigin).toBeUndefined();
    expect(readConfig({}).publicOrigin).toBeUndefined();
  });

  it('keeps the real server from starting, with one clear line and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'earful-origin-'));
    try {
      const child = spawnTs(
        'server/index.ts',
        [],
        { NODE_ENV: 'production', PORT: '0', DATABASE_PATH: join(dir, 'earful.db') },
        startFlags(),
      );
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      // A server that starts anyway is stopped, so the failure is the assertion below, not a stray process.
      const started = setInterval(() => stdout.includes('listening') && child.kill('SIGKILL'), 100);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      clearInterval(started);
      expect(code).toBe(1);
      expect(stdout).not.toContain('listening');
      expect(stderr).toContain('PUBLIC_ORIGIN must be set when NODE_ENV=production');
      // The message, not a stack trace.
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets the server answer only with its own origin in links once set, whatever Host says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'earful-origin-'));
    const server = await spawnServer(join(dir, 'earful.db'), { NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://reviews.example.com' });
    try {
      const { text } = await rawRequest(`${server.url}/robots.txt`, { headers: { host: 'evil.example' } });
      expect(text).toContain('https://reviews.example.com/sitemap.xml');
      expect(text).not.toContain('evil.example');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
