import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signInAs } from '../helpers/moderator';
import { startTestServer } from '../helpers/server';
import type { CompanyGuide } from '../../server/contract/guide';

const dir = mkdtempSync(join(tmpdir(), 'earful-guide-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('guide seed on start', () => {
  it('seeds Netflix once, and never over an admin edit', async () => {
    const first = await startTestServer({}, { dir });
    const seeded = (await first.request<CompanyGuide>('/api/companies/netflix/guide')).body;
    expect(seeded.version).toBe(1);
    await first.stop();

    const second = await startTestServer({}, { dir });
    expect((await second.request('/api/companies/netflix/guide')).body).toEqual(seeded);
    const admin = await signInAs(second, 'admin');
    const edit = await admin.request('/api/companies/netflix/guide', {
      method: 'PUT',
      json: { version: 1, sections: [{ anchor: 'contact', kind: 'contact', title: 'Contact', body: 'Use the app.' }], hints: [] },
    });
    expect(edit.status).toBe(200);
    await second.stop();

    const third = await startTestServer({}, { dir });
    const after = (await third.request('/api/companies/netflix/guide')).body;
    expect(after).toMatchObject({ version: 2, sections: [{ anchor: 'contact', body: 'Use the app.' }] });
    expect((await third.store.listAudit({ action: 'guide.seed' }, 10)).map((e) => e.targetId)).toEqual(['netflix']);
    await third.stop();
  });
});
