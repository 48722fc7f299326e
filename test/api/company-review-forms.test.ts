// A company an admin adds gets the review form of its kind (templates per category) or the admin's own choices,
// not the streaming form every company got before.
import { beforeAll, describe, expect, it } from 'vitest';
import { submitTo, useTestServer } from '../helpers/server';
import { signInAs, type SignedIn } from '../helpers/moderator';
import { buildReview } from '../helpers/fixtures';
import type { CompanyTemplates, NewCompanyResponse } from '../../server/contract/companies';
import type { ErrorBody } from '../../server/contract/errors';
import type { AuditPage } from '../../server/contract/moderation';
import type { CompanyDetail } from '../../server/contract/review';

let admin: SignedIn;
const server = useTestServer();
beforeAll(async () => {
  admin = await signInAs(server, 'admin');
});

const addCompany = <T = NewCompanyResponse>(json: unknown) => admin.request<T>('/api/moderation/companies', { method: 'POST', json });
const valuesOf = (choices: { value: string }[]) => choices.map((c) => c.value);

describe('review forms of added companies', () => {
  it('lists a template per kind of company for admins only', async () => {
    const res = await admin.request<CompanyTemplates>('/api/moderation/company-templates');
    expect(res.status).toBe(200);
    const ids = res.body.templates.map((t: { id: string }) => t.id);
    expect(ids).toEqual(['streaming', 'mobile-broadband', 'banking', 'utilities', 'retail', 'airlines']);
    const mobile = res.body.templates.find((t: { id: string }) => t.id === 'mobile-broadband')!;
    expect(mobile.label).toBe('Mobile and broadband');
    expect(valuesOf(mobile.form.issueType)).toContain('no-signal');
    expect(valuesOf(mobile.form.issueType)).not.toContain('household');
    expect(Object.keys(mobile.form)).toEqual(['issueType', 'contactMethod', 'billingParty', 'outcome']);
    const moderator = await signInAs(server);
    expect((await moderator.request('/api/moderation/company-templates')).status).toBe(403);
  });

  it('gives a mobile company the mobile form, which its reviews are checked against', async () => {
    const added = await addCompany({
      slug: 'acme-mobile-broadband',
      name: 'Acme Mobile & Broadband',
      category: 'Mobile',
      template: 'mobile-broadband',
    });
    expect(added.status).toBe(201);
    const { taxonomy } = (await server.request<CompanyDetail>('/api/companies/acme-mobile-broadband')).body;
    expect(valuesOf(taxonomy.issueType)).toContain('slow-internet');
    expect(valuesOf(taxonomy.issueType)).not.toContain('household');
    expect(valuesOf(taxonomy.issueType)).not.toContain('content');
    // Response times and "resolved?" are the same for every company (the patterns compare them).
    expect(valuesOf(taxonomy.resolved)).toEqual(['yes', 'partly', 'no', 'waiting']);

    const submit = submitTo(server);
    const ok = await submit(
      buildReview({
        issueType: 'slow-internet',
        contactMethod: 'store',
        body: 'The router was swapped in the shop and the speed came back the same day.',
      }),
      'acme-mobile-broadband',
    );
    expect([201, 202]).toContain(ok.status);
    const wrong = await submit<ErrorBody>(buildReview({ issueType: 'household', contactMethod: 'store' }), 'acme-mobile-broadband');
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.error.fields!)).toEqual(['issueType']);

    const audit = await admin.request<AuditPage>('/api/moderation/audit?action=company.add');
    expect(audit.body.entries[0]!.details).toMatchObject({ slug: 'acme-mobile-broadband', template: 'mobile-broadband' });
  });

  it("takes the admin's own answers to a question over the template's", async () => {
    const issueType = [
      { value: 'late-delivery', label: 'Late delivery' },
      { value: 'wrong-size', label: 'Wrong size' },
      { value: 'other', label: 'Something else' },
    ];
    const added = await addCompany({ slug: 'acme-shoes', name: 'Acme Shoes', category: 'Retail', template: 'retail', form: { issueType } });
    expect(added.status).toBe(201);
    expect(added.body.company.taxonomy.issueType).toEqual(issueType);
    expect(valuesOf(added.body.company.taxonomy.outcome)).toContain('replacement');
  });

  it('answers 400 naming the field for a bad template or bad choices, and adds nothing', async () => {
    const base = { slug: 'acme-bad', name: 'Acme Bad', category: 'Retail' };
    for (const [body, field] of [
      [{ ...base, template: 'casinos' }, 'template'],
      [{ ...base, form: { issueType: [{ value: 'only', label: 'Only one' }] } }, 'form.issueType'],
      [
        {
          ...base,
          form: {
            outcome: [
              { value: 'a', label: 'A' },
              { value: 'a', label: 'A again' },
            ],
          },
        },
        'form.outcome',
      ],
      [
        {
          ...base,
          form: {
            contactMethod: [
              { value: 'Has Spaces', label: 'x' },
              { value: 'b', label: 'B' },
            ],
          },
        },
        'form.contactMethod.0.value',
      ],
      [{ ...base, form: { responseTime: [] } }, 'form.responseTime'],
    ] as const) {
      const res = await addCompany<ErrorBody>(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.fields!)).toContain(field);
    }
    expect((await server.request('/api/companies/acme-bad')).status).toBe(404);
  });
});
