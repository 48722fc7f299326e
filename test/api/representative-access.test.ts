// A representative signs in at the same console but uses no part of the moderators' desk: every desk route answers
// 403, while their own routes and their account's session routes work.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { signInAs, TEST_PASSWORD, type SignedIn } from '../helpers/moderator';
import { signInAsRepresentative } from '../helpers/representative';
import type { ErrorBody } from '../../server/contract/errors';
import type { AuditPage } from '../../server/contract/moderation';
import type { ModeratorList } from '../../server/contract/moderators';
import type { SessionResponse, SessionState } from '../../server/contract/auth';
import type { ReviewPage } from '../../server/contract/review';

const server = useTestServer();
let representative: SignedIn;
let admin: SignedIn;
beforeAll(async () => {
  admin = await signInAs(server, 'admin');
  representative = await signInAsRepresentative(server, ['netflix']);
});

/** Every route of the desk (server/routes/desk.ts, bursts.ts, guides.ts' PUT), with a body that would pass. */
const deskRoutes = (ids: { moderator: number; review: number }): [string, string, unknown?][] => [
  ['GET', '/api/moderation/queue'],
  ['GET', `/api/moderation/reviews/${ids.review}`],
  ['POST', `/api/moderation/reviews/${ids.review}/decision`, { action: 'approve' }],
  ['POST', '/api/moderation/reviews/bulk', { action: 'approve', ids: [ids.review] }],
  ['GET', '/api/moderation/audit'],
  ['GET', '/api/moderation/moderators'],
  ['POST', '/api/moderation/moderators', { email: 'x@example.test', role: 'moderator', password: TEST_PASSWORD }],
  ['PATCH', `/api/moderation/moderators/${ids.moderator}`, { role: 'admin' }],
  ['GET', '/api/moderation/company-templates'],
  ['POST', '/api/moderation/companies', { slug: 'new-co', name: 'New Co', category: 'Bank' }],
  ['GET', '/api/moderation/bursts'],
  ['GET', '/api/moderation/replies?status=held'],
  ['POST', `/api/moderation/replies/${ids.review}/decision`, { action: 'approve' }],
  ['PUT', '/api/companies/netflix/guide', { version: 0, sections: [] }],
];

describe('a representative at the desk', () => {
  it('gets 403 forbidden on every desk route, and changes nothing', async () => {
    const review = (await server.request<ReviewPage>('/api/companies/netflix/reviews?limit=1')).body.reviews[0] ?? { id: 1 };
    for (const [method, path, json] of deskRoutes({ moderator: representative.id, review: review.id })) {
      const res = await representative.request<ErrorBody>(path, { method, json });
      expect([method, path, res.status, res.body.error?.code]).toEqual([method, path, 403, 'forbidden']);
    }
    expect(
      (await admin.request<AuditPage>(`/api/moderation/audit?actorId=${representative.id}&action=moderator.change`)).body.entries,
    ).toEqual([]);
    expect(
      (await admin.request<ModeratorList>('/api/moderation/moderators')).body.moderators.map((m: { email: string }) => m.email),
    ).not.toContain('x@example.test');
  });

  it("keeps their own account's routes: who am I, password, sign out", async () => {
    const me = await representative.request<SessionResponse>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.moderator).toEqual({ email: representative.email, role: 'representative', companies: ['netflix'] });
    expect((await representative.request<SessionResponse>('/api/moderation/me')).body.moderator.companies).toEqual(['netflix']);
    const session = await representative.request<SessionState>('/api/auth/session');
    expect(session.body).toMatchObject({ signedIn: true, moderator: { role: 'representative', companies: ['netflix'] } });
    const own = await representative.request('/api/moderation/representative/reviews?company=netflix');
    expect(own.status).toBe(200);
  });

  it('still lets moderators and admins use the desk', async () => {
    const moderator = await signInAs(server);
    expect((await moderator.request('/api/moderation/queue')).status).toBe(200);
    expect((await moderator.request('/api/moderation/replies?status=held')).status).toBe(200);
    expect((await moderator.request<SessionResponse>('/api/moderation/me')).body.moderator).toEqual({
      email: moderator.email,
      role: 'moderator',
      companies: [],
    });
    expect((await admin.request('/api/moderation/moderators')).status).toBe(200);
  });
});
