import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server';
import type { CompanyList } from '../../server/contract/patterns';

const dir = mkdtempSync(join(tmpdir(), 'earful-cli-company-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The npm script exactly as an operator runs it. */
const companyAdd = (args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'company:add', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: join(dir, 'earful.db') },
  });

describe('npm run company:add', () => {
  it('adds a company the server then serves, refusing a taken address and bad fields by name', async () => {
    const added = companyAdd(['--slug', 'acme-mobile', '--name', 'Acme Mobile', '--category', 'Mobile network']);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('Added Acme Mobile (Mobile network) at /companies/acme-mobile');

    const taken = companyAdd(['--slug', 'acme-mobile', '--name', 'Another', '--category', 'Other']);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/already exists: --slug/);
    const bad = companyAdd(['--slug', 'Acme Mobile', '--name', 'Acme']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--slug: Use lowercase letters/);
    expect(bad.stderr).toMatch(/--category: /);

    const server = await startTestServer({}, { dir });
    try {
      const company = await server.request('/api/companies/acme-mobile');
      expect(company.status).toBe(200);
      expect(company.body).toMatchObject({ name: 'Acme Mobile', category: 'Mobile network', summary: { count: 0 } });
      expect((await server.request<CompanyList>('/api/companies')).body.companies).toHaveLength(8);
    } finally {
      await server.stop();
    }
  });
});
