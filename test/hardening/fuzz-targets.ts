// Every API route with a valid request to start from: its path parameters, query parameters, body fields and
// the headers it reads. The hostile-input test changes one of them at a time.
import { buildReview } from '../helpers/fixtures';

export interface FuzzContext {
  slug: string;
  /** A published review, and one whose manage token we hold. */
  reviewId: number;
  manageToken: string;
  /** A moderator account an admin may change. */
  moderatorId: number;
  /** Cookie, x-csrf-token and Origin of a signed-in admin. */
  adminHeaders: Record<string, string>;
  /** The same of a representative of `slug`. */
  representativeHeaders: Record<string, string>;
}

export interface FuzzTarget {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as Hono registers it, for the check that no route is left out. */
  route: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Body fields to change, as dotted paths for nested ones; the body's own keys when left out. */
  fields?: string[];
  /** The review's own free text, which every reader sees: all of it gets the whole list, each field also a sample. */
  freeText?: string[];
  /** Smaller samples where a valid request costs a password hash (scrypt is slow on purpose). */
  sample?: number;
  headers?: Record<string, string>;
  /** Header names whose values are fuzzed too. */
  fuzzHeaders?: string[];
  /** A valid request would undo the test's own state (sign out, erase): send only requests that change something. */
  neverValid?: boolean;
}

export function fuzzTargets(ctx: FuzzContext): FuzzTarget[] {
  const slug = { slug: ctx.slug };
  const id = { id: String(ctx.reviewId) };
  const manage = { 'x-manage-token': ctx.manageToken };
  const admin = ctx.adminHeaders;
  const representative = ctx.representativeHeaders;
  const review = buildReview({ device: 'Samsung smart TV' });
  const reviewText = ['title', 'body', 'displayName', 'device'];
  return [
    { method: 'GET', route: '/api/companies', query: { sort: 'score' } },
    { method: 'GET', route: '/api/companies/:slug', params: slug },
    { method: 'POST', route: '/api/companies/:slug/reviews', params: slug, body: review, freeText: reviewText },
    {
      method: 'GET',
      route: '/api/companies/:slug/reviews',
      params: slug,
      query: {
        issueType: 'billing',
        contactMethod: 'in-app-chat',
        billingParty: 'company',
        resolved: 'yes',
        rating: '2',
        sort: 'newest',
        limit: '10',
        cursor: '',
      },
    },
    { method: 'GET', route: '/api/companies/:slug/patterns', params: slug },
    { method: 'GET', route: '/api/companies/:slug/patterns.csv', params: slug },
    { method: 'GET', route: '/api/companies/:slug/trend', params: slug },
    { method: 'GET', route: '/api/companies/:slug/trend.csv', params: slug },
    { method: 'GET', route: '/api/reviews/:id', params: id },
    { method: 'POST', route: '/api/reviews/:id/report', params: id, body: { reason: 'spam', note: 'Looks copied' } },
    { method: 'POST', route: '/api/reviews/:id/helpful', params: id },
    { method: 'GET', route: '/api/reviews/:id/manage', params: id, headers: manage, fuzzHeaders: ['x-manage-token'] },
    {
      method: 'PATCH',
      route: '/api/reviews/:id/manage',
      params: id,
      headers: manage,
      fuzzHeaders: ['x-manage-token'],
      body: { title: 'Edited title', body: 'Edited: the refund arrived after a second call to support.' },
    },
    {
      method: 'POST',
      route: '/api/reviews/:id/manage/outcome',
      params: id,
      headers: manage,
      fuzzHeaders: ['x-manage-token'],
      body: { resolved: 'yes', outcome: 'refund' },
    },
    { method: 'DELETE', route: '/api/reviews/:id/manage', params: id, headers: manage, fuzzHeaders: ['x-manage-token'], neverValid: true },
    {
      method: 'PUT',
      route: '/api/reviews/:id/reply',
      params: id,
      headers: representative,
      fuzzHeaders: ['cookie', 'x-csrf-token', 'origin'],
      body: { body: 'Sorry about the double charge; we have refunded it.', offersResolution: true },
      freeText: ['body'],
    },
    {
      method: 'POST',
      route: '/api/reviews/:id/manage/resolution',
      params: id,
      headers: manage,
      fuzzHeaders: ['x-manage-token'],
      body: { answer: 'resolved' },
    },
    { method: 'DELETE', route: '/api/reviews/:id/reply', params: id, headers: representative, fuzzHeaders: ['cookie'], neverValid: true },
    { method: 'GET', route: '/api/moderation/me', headers: representative, fuzzHeaders: ['cookie'] },
    {
      method: 'GET',
      route: '/api/moderation/representative/reviews',
      headers: representative,
      query: { company: ctx.slug, cursor: '', limit: '10' },
    },
    { method: 'GET', route: '/api/moderation/replies', headers: admin, query: { status: 'held' } },
    {
      method: 'POST',
      route: '/api/moderation/replies/:reviewId/decision',
      params: { reviewId: String(ctx.reviewId) },
      headers: admin,
      body: { action: 'approve', reason: 'no threat after all' },
    },
    {
      method: 'POST',
      route: '/api/auth/login',
      headers: { origin: admin.origin! },
      body: { email: 'nobody@example.test', password: 'not the password' },
      sample: 8,
    },
    { method: 'GET', route: '/api/auth/me', headers: admin, fuzzHeaders: ['cookie'] },
    { method: 'GET', route: '/api/auth/session', headers: admin, fuzzHeaders: ['cookie'] },
    { method: 'POST', route: '/api/auth/logout', headers: admin, fuzzHeaders: ['cookie', 'x-csrf-token', 'origin'], neverValid: true },
    { method: 'POST', route: '/api/auth/logout-all', headers: admin, fuzzHeaders: ['cookie', 'x-csrf-token', 'origin'], neverValid: true },
    {
      method: 'POST',
      route: '/api/auth/password',
      headers: admin,
      body: { currentPassword: 'not the current one', newPassword: 'a brand new passphrase' },
      sample: 8,
    },
    {
      method: 'GET',
      route: '/api/moderation/audit',
      headers: admin,
      query: {
        action: 'auth.login',
        actorId: '1',
        targetType: 'moderator',
        targetId: '1',
        from: '2020-01-01T00:00:00Z',
        to: '2100-01-01T00:00:00Z',
        cursor: '',
        limit: '10',
      },
    },
    { method: 'GET', route: '/api/moderation/moderators', headers: admin, fuzzHeaders: ['cookie'] },
    {
      method: 'POST',
      route: '/api/moderation/moderators',
      headers: admin,
      fuzzHeaders: ['x-csrf-token', 'origin'],
      body: { email: 'fuzzed.moderator@example.test', role: 'moderator', password: 'a long enough password' },
      sample: 4,
    },
    {
      method: 'PATCH',
      route: '/api/moderation/moderators/:id',
      params: { id: String(ctx.moderatorId) },
      headers: admin,
      // Whatever id a hostile value turns into, this body leaves every account able to work.
      body: { role: 'admin', disabled: false },
    },
    {
      method: 'GET',
      route: '/api/moderation/queue',
      headers: admin,
      query: { company: ctx.slug, reason: 'link', cursor: '', limit: '10' },
    },
    { method: 'GET', route: '/api/moderation/reviews/:id', params: id, headers: admin },
    {
      method: 'POST',
      // A parameter only "bulk" passes (server/routes/desk.ts), so any other value is fuzzed into a 404.
      route: '/api/moderation/reviews/:bulk',
      params: { bulk: 'bulk' },
      headers: admin,
      body: { action: 'reject', ids: [ctx.reviewId + 1_000_000], reason: 'spam', note: 'bulk' },
    },
    {
      method: 'POST',
      route: '/api/moderation/reviews/:id/decision',
      params: id,
      headers: admin,
      fuzzHeaders: ['x-csrf-token'],
      body: {
        action: 'edit-approve',
        note: 'typo fixed',
        title: 'Moderated title',
        body: 'The moderator kept the meaning of this review intact.',
      },
    },
    { method: 'GET', route: '/api/moderation/bursts', headers: admin },
    // Both write the request's own origin into what they answer when PUBLIC_ORIGIN is unset.
    { method: 'GET', route: '/robots.txt', fuzzHeaders: ['host'] },
    { method: 'GET', route: '/sitemap.xml', fuzzHeaders: ['host'] },
    {
      method: 'POST',
      route: '/api/moderation/companies',
      headers: admin,
      fuzzHeaders: ['x-csrf-token', 'origin'],
      // After the first valid request the address is taken: the rest are refused (409) or invalid (400).
      body: {
        slug: 'fuzzed-company',
        name: 'Fuzzed Company',
        category: 'Other',
        template: 'retail',
        form: {
          outcome: [
            { value: 'refund', label: 'Refund' },
            { value: 'other', label: 'Other' },
          ],
        },
      },
    },
    { method: 'GET', route: '/api/moderation/company-templates', headers: admin, fuzzHeaders: ['cookie'] },
    { method: 'GET', route: '/api/companies/:slug/guide', params: slug },
    {
      method: 'PUT',
      route: '/api/companies/:slug/guide',
      params: slug,
      headers: admin,
      body: {
        version: 1_000_000,
        sections: [
          {
            anchor: 'contact',
            kind: 'contact',
            title: 'Contact',
            body: 'Use the help centre at https://help.example.com first.',
            issueTypes: ['billing'],
            reviewed: true,
          },
        ],
        hints: [{ id: 'partner-billing', when: { billingParty: ['carrier'] }, text: 'Your carrier handles refunds.', section: 'contact' }],
      },
      fields: [
        'version',
        'sections',
        'sections.0.anchor',
        'sections.0.kind',
        'sections.0.title',
        'sections.0.body',
        'sections.0.issueTypes',
        'sections.0.issueTypes.0',
        'sections.0.reviewed',
        'hints',
        'hints.0.id',
        'hints.0.when',
        'hints.0.when.billingParty',
        'hints.0.when.billingParty.0',
        'hints.0.text',
        'hints.0.section',
      ],
    },
    { method: 'GET', route: '/api/companies/:slug/hints', params: slug },
    // The pages, rendered by the server with company data in them.
    { method: 'GET', route: '/', query: { q: 'netflix' } },
    { method: 'GET', route: '/companies/:slug', params: slug },
    { method: 'GET', route: '/companies/:slug/reviews/:id{[0-9]+}', params: { ...slug, ...id } },
    { method: 'GET', route: '/manage/:id{[0-9]+}', params: id },
    { method: 'GET', route: '/moderate' },
    { method: 'GET', route: '/policy' },
    { method: 'GET', route: '/privacy' },
    {
      method: 'GET',
      route: '/api/companies/:slug/hints/match',
      params: slug,
      query: {
        issueType: 'billing',
        contactMethod: 'phone',
        billingParty: 'carrier',
        responseTime: 'same-day',
        outcome: 'refund',
        resolved: 'no',
      },
    },
  ];
}
