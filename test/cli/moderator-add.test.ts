import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server';
import type { SessionResponse } from '../../server/contract/auth';

const dir = mkdtempSync(join(tmpdir(), 'earful-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The npm script exactly as an operator runs it, with the password on stdin. */
const moderatorAdd = (args: string[], stdin: string) =>
  spawnSync('npm', ['run', '--silent', 'moderator:add', '--', ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: join(dir, 'earful.db') },
  });

describe('npm run moderator:add', () => {
  it('adds the first admin with the password read from stdin, and resets it, never taking it from argv', async () => {
    const password = 'first admin passphrase';
    const added = moderatorAdd(['--email', 'Root@Example.test', '--role', 'admin'], `${password}\n`);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Added admin root@example.test');

    expect(moderatorAdd(['--email', 'root@example.test', '--role', 'admin'], `${password}\n`).status).toBe(1);
    const short = moderatorAdd(['--email', 'other@example.test'], 'too short\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toMatch(/at least 12 characters/);
    expect(moderatorAdd(['--email', 'x@example.test', '--password', password], '').status).toBe(1);
    const reset = moderatorAdd(['--email', 'root@example.test', '--reset-password'], 'a locked-out admin passphrase\n');
    expect(reset.status).toBe(0);

    const server = await startTestServer({}, { dir });
    try {
      const res = await server.request<SessionResponse>('/api/auth/login', {
        method: 'POST',
        json: { email: 'root@example.test', password: 'a locked-out admin passphrase' },
        headers: { origin: server.url },
      });
      expect(res.status).toBe(200);
      expect(res.body.moderator).toEqual({ email: 'root@example.test', role: 'admin', companies: [] });
    } finally {
      await server.stop();
    }
  });

  it('adds a representative with --companies, refusing unknown slugs and companies for other roles', async () => {
    const repDir = mkdtempSync(join(tmpdir(), 'earful-cli-'));
    const add = (args: string[]) =>
      spawnSync('npm', ['run', '--silent', 'moderator:add', '--', ...args], {
        input: 'a representative passphrase\n',
        encoding: 'utf8',
        env: { ...process.env, DATABASE_PATH: join(repDir, 'earful.db') },
      });
    try {
      // The server seeds the companies at its first start.
      await (await startTestServer({}, { dir: repDir })).stop();
      const unknown = add(['--email', 'rep@example.test', '--role', 'representative', '--companies', 'netflix,nope']);
      expect(unknown.status).toBe(1);
      expect(add(['--email', 'rep@example.test', '--role', 'representative']).status).toBe(1);
      expect(add(['--email', 'rep@example.test', '--role', 'moderator', '--companies', 'netflix']).status).toBe(1);
      const added = add(['--email', 'rep@example.test', '--role', 'representative', '--companies', 'netflix,hulu']);
      expect(added.status).toBe(0);
      expect(added.stdout).toContain('Added representative rep@example.test');
      expect(added.stdout).toContain('for hulu, netflix');
    } finally {
      rmSync(repDir, { recursive: true, force: true });
    }
  });
});
