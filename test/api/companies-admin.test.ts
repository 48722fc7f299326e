import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/env';
import { startTestServer, submitTo, useTestServer } from '../helpers/server';
import { signInAs, type SignedIn } from '../helpers/moderator';
import { buildReview } from '../helpers/fixtures';
import type { NewCompanyResponse } from '../../server/contract/companies';
import type { ErrorBody } from '../../server/contract/errors';
import type { AuditPage } from '../../server/contract/moderation';
import type { CompanyList } from '../../server/contract/patterns';
import type { CompanyDetail } from '../../server/contract/review';

let admin: SignedIn;
const server = useTestServer();
beforeAll(async () => {
  admin = await signInAs(server, 'admin');
});

const addCompany = <T = NewCompanyResponse>(who: SignedIn, json: unknown) =>
  who.request<T>('/api/moderation/companies', { method: 'POST', json });

describe('POST /api/moderation/companies', () => {
  it('adds a company readers can find and review at once, with the default form and an audit entry', async () => {
    const added = await addCompany(admin, { slug: 'acme-mobile', name: '  Acme Mobile  ', category: 'Mobile network' });
    expect(added.status).toBe(201);
    expect(added.body.company).toMatchObject({ slug: 'acme-mobile', name: 'Acme Mobile', category: 'Mobile network' });
    expect(added.body.company.summary).toMatchObject({ count: 0, average: 0 });
    expect(added.body.company.taxonomy.issueType.map((v: { value: string }) => v.value)).toContain('billing');

    const listed = await server.request<CompanyList>('/api/companies');
    expect(listed.body.companies.map((c: { slug: string }) => c.slug)).toContain('acme-mobile');
    const review = await submitTo(server)(
      buildReview({ body: 'The new number was set up in ten minutes by a friendly agent.' }),
      'acme-mobile',
    );
    expect(review.status).toBe(201);
    expect((await server.request<CompanyDetail>('/api/companies/acme-mobile')).body.summary.count).toBe(1);

    const audit = await admin.request<AuditPage>('/api/moderation/audit?action=company.add');
    expect(audit.body.entries[0]).toMatchObject({
      action: 'company.add',
      targetType: 'company',
      actor: { email: admin.email },
      details: { slug: 'acme-mobile', via: 'api' },
    });
  });

  it('refuses an address already in use (409 naming slug), keeping the company as it was', async () => {
    expect((await addCompany(admin, { slug: 'kept-co', name: 'Kept Co', category: 'Telecom' })).status).toBe(201);
    const again = await addCompany<ErrorBody>(admin, { slug: 'kept-co', name: 'Someone Else', category: 'Streaming' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict', fields: { slug: 'Already in use' } });
    expect((await server.request('/api/companies/kept-co')).body).toMatchObject({ name: 'Kept Co', category: 'Telecom' });
    const seeded = await addCompany(admin, { slug: 'netflix', name: 'Not Netflix', category: 'Other' });
    expect(seeded.status).toBe(409);
    expect((await server.request<CompanyDetail>('/api/companies/netflix')).body.name).toBe('Netflix');
  });

  it('answers 400 naming each bad field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [{ slug: 'Acme Mobile', name: 'Acme', category: 'Telecom' }, 'slug'],
      [{ slug: 'acme--mobile', name: 'Acme', category: 'Telecom' }, 'slug'],
      [{ slug: '-acme', name: 'Acme', category: 'Telecom' }, 'slug'],
      [{ slug: 'a', name: 'Acme', category: 'Telecom' }, 'slug'],
      [{ slug: 'x'.repeat(61), name: 'Acme', category: 'Telecom' }, 'slug'],
      [{ slug: 'acme', name: '   ', category: 'Telecom' }, 'name'],
      [{ slug: 'acme', name: 'Ac\u202eme', category: 'Telecom' }, 'name'],
      [{ slug: 'acme', name: 'n'.repeat(101), category: 'Telecom' }, 'name'],
      [{ slug: 'acme', name: 'Acme', category: '' }, 'category'],
      [{ slug: 'acme', name: 'Acme', category: 42 }, 'category'],
      [{ slug: 'acme', name: 'Acme', category: 'Telecom', taxonomy: 'netflix' }, 'taxonomy'],
    ];
    for (const [json, field] of cases) {
      const res = await addCompany<ErrorBody>(admin, json);
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(Object.keys(res.body.error.fields!)).toContain(field);
    }
    expect((await server.request('/api/companies/acme')).status).toBe(404);
  });

  it('is for admins only, with the CSRF token and this site as Origin', async () => {
    const moderator = await signInAs(server);
    const json = { slug: 'sneaky', name: 'Sneaky', category: 'Other' };
    expect((await addCompany(moderator, json)).status).toBe(403);
    expect((await server.request('/api/moderation/companies', { method: 'POST', json })).status).toBe(401);
    const noToken = await admin.request('/api/moderation/companies', { method: 'POST', json, headers: { 'x-csrf-token': '' } });
    expect(noToken.status).toBe(403);
    const otherSite = await admin.request('/api/moderation/companies', {
      method: 'POST',
      json,
      headers: { origin: 'https://evil.example' },
    });
    expect(otherSite.status).toBe(403);
    expect((await server.request('/api/companies/sneaky')).status).toBe(404);
  });

  it('keeps markup in a name as text', async () => {
    const name = '<img src=x onerror=alert(1)> & Co';
    const added = await addCompany(admin, { slug: 'markup-co', name, category: 'Other' });
    expect(added.status).toBe(201);
    expect((await server.request<CompanyDetail>('/api/companies/markup-co')).body.name).toBe(name);
  });
});

describe('a site of its own companies (SEED_COMPANIES=0)', () => {
  it('starts with no company and keeps only those its admins add, across restarts', async () => {
    expect(readConfig({ SEED_COMPANIES: '0' }).seedCompanies).toBe(false);
    expect(readConfig({}).seedCompanies).toBe(true);
    expect(() => readConfig({ SEED_COMPANIES: 'no' })).toThrow(/SEED_COMPANIES/);

    const own = await startTestServer({ seedCompanies: false });
    try {
      expect((await own.request<CompanyList>('/api/companies')).body.companies).toEqual([]);
      expect((await own.request('/api/companies/netflix')).status).toBe(404);
      const ownAdmin = await signInAs(own, 'admin');
      expect((await addCompany(ownAdmin, { slug: 'acme-telecom', name: 'Acme Telecom', category: 'Telecom' })).status).toBe(201);
    } finally {
      await own.stop();
    }
    const again = await startTestServer({ seedCompanies: false }, { dir: own.dir });
    try {
      expect((await again.request<CompanyList>('/api/companies')).body.companies.map((c: { slug: string }) => c.slug)).toEqual([
        'acme-telecom',
      ]);
    } finally {
      await again.stop();
      again.remove();
    }
  });
});
