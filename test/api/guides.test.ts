import { beforeAll, describe, expect, it } from 'vitest';
import type { CompanyGuide, CompanyHints, GuideSectionInput } from '../../server/contract/guide';
import type { ErrorBody } from '../../server/contract/errors';
import { signInAs, type SignedIn } from '../helpers/moderator';
import { useTestServer } from '../helpers/server';

let clock = Date.UTC(2026, 5, 1, 12);
let admin: SignedIn;
const server = useTestServer({}, { now: () => clock });
beforeAll(async () => {
  admin = await signInAs(server, 'admin');
});

const guideOf = async (slug: string): Promise<CompanyGuide> => (await server.request<CompanyGuide>(`/api/companies/${slug}/guide`)).body;
const asInput = (guide: CompanyGuide): GuideSectionInput[] =>
  guide.sections.map(({ anchor, kind, title, body, issueTypes }) => ({ anchor, kind, title, body, issueTypes }));
const section = (anchor: string, extra: Partial<GuideSectionInput> = {}): GuideSectionInput => ({
  anchor,
  kind: 'problem',
  title: `About ${anchor}`,
  body: `What to do about ${anchor}.`,
  issueTypes: [],
  ...extra,
});
const put = <T = CompanyGuide>(slug: string, json: unknown, who: SignedIn = admin) =>
  who.request<T>(`/api/companies/${slug}/guide`, { method: 'PUT', json });

describe('GET /api/companies/:slug/guide', () => {
  it('serves the seeded Netflix guide in order, every section parsed and dated', async () => {
    const guide = await guideOf('netflix');
    expect(guide).toMatchObject({ company: { slug: 'netflix', name: 'Netflix' }, version: 1, empty: false, message: null });
    expect(new Set(guide.sections.map((s) => s.kind))).toEqual(new Set(['contact', 'prepare', 'problem', 'escalation', 'scams', 'faq']));
    expect(guide.sections[0]!.anchor).toBe('contact');
    for (const s of guide.sections) {
      expect(s.blocks.length).toBeGreaterThan(0);
      expect(new Date(s.reviewedAt).getTime()).toBe(clock);
    }
    expect(guide.sections.find((s) => s.anchor === 'contact')!.blocks).toContainEqual({
      type: 'list',
      ordered: true,
      items: expect.arrayContaining([[{ type: 'text', text: 'Choose Call or Chat.' }]]),
    });
  });

  it('maps each issue type to the section that helps with it, for the complaint patterns', async () => {
    const guide = await guideOf('netflix');
    expect(guide.issueTypeSections).toMatchObject({
      billing: 'billing',
      'account-security': 'account-security',
      scam: 'scams',
      content: 'titles-and-subtitles',
    });
    const anchors = guide.sections.map((s) => s.anchor);
    for (const anchor of Object.values(guide.issueTypeSections)) expect(anchors).toContain(anchor);
  });

  it('says plainly that a company without a guide has none', async () => {
    const guide = await guideOf('hulu');
    expect(guide).toMatchObject({ version: 0, empty: true, sections: [], issueTypeSections: {}, updatedAt: null });
    expect(guide.message).toMatch(/no guide for Hulu yet/);
  });

  it('answers 404 for an unknown company', async () => {
    expect((await server.request('/api/companies/nope/guide')).status).toBe(404);
  });
});

describe('PUT /api/companies/:slug/guide', () => {
  it('is refused without a session (401) and for a moderator who is not an admin (403)', async () => {
    const update = { version: 0, sections: [section('billing')] };
    const anonymous = await server.request<ErrorBody>('/api/companies/max/guide', {
      method: 'PUT',
      json: update,
      headers: { origin: server.url },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
    const moderator = await put<ErrorBody>('max', update, await signInAs(server, 'moderator'));
    expect(moderator.status).toBe(403);
    expect(moderator.body.error.code).toBe('forbidden');
    const noToken = await put('max', update, {
      ...admin,
      request: <T>(path: string, init?: RequestInit) => admin.request<T>(path, { ...init, headers: { 'x-csrf-token': 'wrong' } }),
    });
    expect(noToken.status).toBe(403);
    expect(await guideOf('max')).toMatchObject({ empty: true, version: 0 });
    expect(await server.store.listAudit({ targetType: 'guide', targetId: 'max' }, 10)).toEqual([]);
  });

  it('takes the seeded Netflix guide back unchanged, as the console editor sends it', async () => {
    const before = await guideOf('netflix');
    const res = await put('netflix', { version: before.version, sections: asInput(before) });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(before.version + 1);
    expect(res.body.sections).toEqual(before.sections);
    expect((await server.request<CompanyHints>('/api/companies/netflix/hints')).body.hints).toHaveLength(4);
  });

  it('lets an admin write a guide, recorded in the audit trail', async () => {
    const res = await put('max', {
      version: 0,
      sections: [
        section('contact', { kind: 'contact', body: 'Use [the help site](https://help.example.com).' }),
        section('billing', { issueTypes: ['billing'] }),
      ],
      hints: [{ id: 'partner', when: { billingParty: ['app-store'] }, text: 'Your app store handles refunds.', section: 'billing' }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, empty: false, issueTypeSections: { billing: 'billing' } });
    expect(await guideOf('max')).toEqual(res.body);
    const [entry] = await server.store.listAudit({ targetType: 'guide', targetId: 'max' }, 10);
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorEmail: admin.email,
      action: 'guide.update',
      statusBefore: 'version 0',
      statusAfter: 'version 1',
    });
    expect(JSON.parse(entry!.details)).toMatchObject({ added: ['contact', 'billing'], hintsChanged: true, sections: 2, hints: 1 });
    const hints = await server.request<CompanyHints>('/api/companies/max/hints');
    expect(hints.body.hints).toEqual([
      {
        id: 'partner',
        when: { billingParty: ['app-store'] },
        text: 'Your app store handles refunds.',
        section: 'billing',
        sectionTitle: 'About billing',
      },
    ]);
  });

  it('keeps a section reviewed date unless its words change or it is marked reviewed', async () => {
    const start = clock;
    const first = (await put('peacock', { version: 0, sections: [section('a'), section('b'), section('c')] })).body;
    clock += 60_000;
    const [a, b, c] = asInput(first);
    const res = await put('peacock', {
      version: 1,
      sections: [
        { ...c!, reviewed: true },
        { ...b!, body: 'New words.' },
        { ...a!, issueTypes: ['login'] },
      ],
    });
    expect(res.status).toBe(200);
    const dates = Object.fromEntries(res.body.sections.map((s) => [s.anchor, new Date(s.reviewedAt).getTime()]));
    expect(dates).toEqual({ c: clock, b: clock, a: start });
    const [entry] = await server.store.listAudit({ targetType: 'guide', targetId: 'peacock' }, 1);
    expect(JSON.parse(entry!.details)).toMatchObject({ edited: ['b', 'a'], reviewed: ['c'], reordered: true, added: [], removed: [] });
  });

  it('refuses a change made on an old version with 409, writing nothing', async () => {
    await put('paramount-plus', { version: 0, sections: [section('one')] });
    const stale = await put<ErrorBody>('paramount-plus', { version: 0, sections: [section('two')] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect((await guideOf('paramount-plus')).sections.map((s) => s.anchor)).toEqual(['one']);
  });

  it('names every field that does not fit the company or the guide itself', async () => {
    const res = await put<ErrorBody>('disney-plus', {
      version: 0,
      sections: [section('dup', { issueTypes: ['billing', 'teleport'] }), section('dup', { issueTypes: ['billing'] }), section('<script>')],
      hints: [
        { id: 'h', when: { billingParty: ['carrier-pigeon'] }, text: 'x', section: 'missing' },
        { id: 'h', when: {}, text: 'y', section: 'dup' },
      ],
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields!).sort()).toEqual(['hints.1.when', 'sections.2.anchor']);
    const semantic = await put<ErrorBody>('disney-plus', {
      version: 0,
      sections: [section('dup', { issueTypes: ['billing', 'teleport'] }), section('dup', { issueTypes: ['billing'] })],
      hints: [
        { id: 'h', when: { billingParty: ['carrier-pigeon'] }, text: 'x', section: 'missing' },
        { id: 'h', when: { issueType: ['scam'] }, text: 'y', section: 'dup' },
      ],
    });
    expect(semantic.status).toBe(400);
    expect(Object.keys(semantic.body.error.fields!).sort()).toEqual([
      'hints.0.section',
      'hints.0.when.billingParty.0',
      'hints.1.id',
      'sections.0.issueTypes.1',
      'sections.1.anchor',
      'sections.1.issueTypes.0',
    ]);
    expect((await guideOf('disney-plus')).version).toBe(0);
  });

  it('keeps the hints when none are sent, but not if that would leave one pointing nowhere', async () => {
    const hint = { id: 'partner', when: { billingParty: ['bundle'] }, text: 'Your package provider handles refunds.', section: 'refunds' };
    const first = await put('prime-video', { version: 0, sections: [section('refunds'), section('login')], hints: [hint] });
    const kept = await put('prime-video', { version: 1, sections: [section('login'), section('refunds', { body: 'Reworded.' })] });
    expect(kept.status).toBe(200);
    expect((await server.request<CompanyHints>('/api/companies/prime-video/hints')).body.hints).toEqual([
      { ...hint, sectionTitle: 'About refunds' },
    ]);
    const refused = await put<ErrorBody>('prime-video', { version: 2, sections: [section('login')] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields!.hints).toMatch(/"partner".*"refunds"/);
    expect(first.status).toBe(200);
    expect((await guideOf('prime-video')).version).toBe(2);
  });
  it('records no hint change when the same hints are sent again, whatever order their conditions are stored in', async () => {
    // PostgreSQL's jsonb keeps an object's keys in its own order (shorter first), not the order they were sent in.
    const hint = { id: 'both', when: { issueType: ['billing'], resolved: ['no'] }, text: 'Ask again in writing.', section: 'billing' };
    const sections = [section('billing', { issueTypes: ['billing'] })];
    const { version } = await guideOf('paramount-plus');
    expect((await put('paramount-plus', { version, sections, hints: [hint] })).status).toBe(200);
    expect((await put('paramount-plus', { version: version + 1, sections, hints: [hint] })).status).toBe(200);
    const [entry] = await server.store.listAudit({ targetType: 'guide', targetId: 'paramount-plus' }, 10);
    expect(JSON.parse(entry!.details)).toMatchObject({ hintsChanged: false });
  });
});

describe('routing hints', () => {
  it('gives the form every rule with the title of the section it links to', async () => {
    const { body } = await server.request<CompanyHints>('/api/companies/netflix/hints');
    expect(body.hints.find((h: { id: string }) => h.id === 'scam-report')).toMatchObject({
      when: { issueType: ['scam'] },
      section: 'scams',
      sectionTitle: expect.stringMatching(/Scam/),
    });
    expect((await server.request('/api/companies/hulu/hints')).body).toEqual({ company: 'hulu', hints: [] });
  });

  it.each([
    ['?billingParty=mobile-carrier', ['billed-by-partner']],
    ['?billingParty=company', []],
    ['?issueType=scam&billingParty=company', ['scam-report']],
    ['?issueType=account-security&resolved=no', ['secure-account-first', 'still-unresolved']],
    ['', []],
  ])('matches the answers %s on the server as the form does', async (query, ids) => {
    const res = await server.request<CompanyHints>(`/api/companies/netflix/hints/match${query}`);
    expect(res.status).toBe(200);
    expect(res.body.hints.map((h: { id: string }) => h.id)).toEqual(ids);
  });

  it('names an answer the company does not offer', async () => {
    const res = await server.request<ErrorBody>('/api/companies/netflix/hints/match?billingParty=carrier-pigeon&colour=red');
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('colour');
  });
});
