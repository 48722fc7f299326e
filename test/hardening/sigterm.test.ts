import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../helpers/server-process';
import { buildReview } from '../helpers/fixtures';
import { integrityCheck } from '../helpers/maintained-figures';

const dir = mkdtempSync(join(tmpdir(), 'earful-sigterm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SIGTERM', () => {
  it('stops accepting, finishes the request in flight, and closes the database cleanly', { timeout: 60_000 }, async () => {
    const databasePath = join(dir, 'earful.db');
    const server = await spawnServer(databasePath);

    // An idle keep-alive connection must not hold the shutdown open.
    const keepAlive = new Agent({ keepAlive: true });
    const idle = await fetchStatus(`${server.url}/api/companies`, keepAlive);
    expect(idle).toBe(200);

    // A submission whose body is still arriving when the signal comes.
    const body = Buffer.from(JSON.stringify(buildReview({ title: 'Sent across a shutdown' })));
    const inFlight = request(`${server.url}/api/companies/netflix/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      agent: false,
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      inFlight.on('error', reject);
    });
    inFlight.write(body.subarray(0, 40));
    await sleep(300);

    server.child.kill('SIGTERM');
    await sleep(500);
    await expect(fetch(`${server.url}/api/companies`)).rejects.toThrow();

    inFlight.end(body.subarray(40));
    const response = await answered;
    expect(response.status).toBe(201);
    const id = (JSON.parse(response.text) as { review: { id: number } }).review.id;

    const exit = await server.exited;
    keepAlive.destroy();
    // 0 means the graceful path finished; the 10-second fallback exits with 1.
    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('"msg":"stopping"');
    // A clean close checkpoints the WAL into the main file and removes it.
    const wal = `${databasePath}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    expect(integrityCheck(databasePath)).toBe('ok');
    const db = new Database(databasePath, { readonly: true });
    expect(db.prepare('select title from reviews where id = ?').pluck().get(id)).toBe('Sent across a shutdown');
    db.close();
  });
});

function fetchStatus(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}
