// Moderators for tests: an account made through the real domain verb, signed in over real HTTP, and a request
// function that sends the session cookie, the CSRF token and this site's Origin like the console does.
import { rawQuery } from './raw-db';
import type { ModeratorRole, SessionResponse } from '../../server/contract/auth';
import { addModerator } from '../../server/domain/accounts/manage-moderators';
import type { TestServer } from './server';

export const TEST_PASSWORD = 'correct horse battery staple';

let next = 0;

export interface ModeratorAccountForTest {
  id: number;
  email: string;
  password: string;
  role: ModeratorRole;
}

export interface SignedIn extends ModeratorAccountForTest {
  /** "earful_session=…", as the browser would send it. */
  cookie: string;
  csrfToken: string;
  /** server.request with the cookie, x-csrf-token and Origin added (each overridable through headers). */
  request: TestServer['request'];
}

export async function createModerator(
  server: TestServer,
  options: { role?: ModeratorRole; email?: string; password?: string } = {},
): Promise<ModeratorAccountForTest> {
  const role = options.role ?? 'moderator';
  const email = options.email ?? `${role}-${process.pid}-${++next}@example.test`;
  const password = options.password ?? TEST_PASSWORD;
  const account = await addModerator(server.store, null, { email, role, password }, Date.now());
  return { id: account.id, email, password, role };
}

/** POST /api/auth/login from this site's origin; throws unless it answers 200. */
export async function logIn(server: TestServer, account: ModeratorAccountForTest): Promise<SignedIn> {
  const res = await server.request<SessionResponse>('/api/auth/login', {
    method: 'POST',
    json: { email: account.email, password: account.password },
    headers: { origin: server.url },
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = sessionCookieFrom(res.headers);
  if (!cookie) throw new Error('login set no session cookie');
  const csrfToken = res.body.csrfToken;
  return {
    ...account,
    cookie,
    csrfToken,
    request: <T>(path: string, init: Parameters<TestServer['request']>[1] = {}) => {
      const headers = new Headers({ cookie, 'x-csrf-token': csrfToken, origin: server.url });
      new Headers(init.headers).forEach((value, key) => headers.set(key, value));
      return server.request<T>(path, { ...init, headers });
    },
  };
}

/** A new account of the role, signed in. */
export async function signInAs(server: TestServer, role: ModeratorRole = 'moderator'): Promise<SignedIn> {
  return logIn(server, await createModerator(server, { role }));
}

/** The "name=value" part of the session's Set-Cookie header. */
export function sessionCookieFrom(headers: Headers): string | undefined {
  return headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('earful_session=') && c !== 'earful_session=');
}

/**
 * A review waiting for a moderator, stored through the real store as the pipeline would hold it (the test
 * chooses the reasons and risk, so queue order does not depend on the pipeline's current rules).
 */
export async function insertHeldReview(
  server: TestServer,
  options: {
    company?: string;
    rating?: number;
    reasons?: string[];
    redactions?: Record<string, number>;
    riskScore?: number;
    createdAt?: number;
    body?: string;
  } = {},
) {
  const company = await server.store.findCompanyBySlug(options.company ?? 'netflix');
  if (!company) throw new Error(`no company ${options.company}`);
  const at = options.createdAt ?? Date.now();
  return server.store.insertReview({
    companyId: company.id,
    rating: options.rating ?? 2,
    title: 'Held for a look',
    body: options.body ?? 'The agent promised a refund and then the chat closed without any reference number.',
    displayName: 'Sam',
    issueType: 'billing',
    contactMethod: 'in-app-chat',
    billingParty: 'company',
    resolved: 'no',
    status: 'pending',
    moderation: JSON.stringify({
      redactions: options.redactions ?? {},
      masked: 0,
      reasons: options.reasons ?? ['link in text'],
      decision: 'hold',
    }),
    riskScore: options.riskScore ?? 5,
    createdAt: at,
    updatedAt: at,
  });
}

/** A moderation-count metric summed over companies and months, read straight from the database. */
export async function moderationCount(server: TestServer, metric: string): Promise<number> {
  const [row] = await rawQuery<{ n: number }>(server, 'select coalesce(sum(count), 0) as n from moderation_counts where metric = ?', [
    metric,
  ]);
  return row!.n;
}

const ADJECTIVES = ['long', 'slow', 'strange', 'quiet', 'busy', 'rainy', 'sunny', 'cold', 'warm', 'short', 'bright', 'grey'];
const NOUNS = ['morning', 'evening', 'week', 'weekend', 'afternoon', 'holiday', 'month', 'night', 'season', 'shift', 'trip', 'visit'];
let bodies = 0;

/**
 * A review body no other test review has: the pipeline holds a body already submitted for the company, so
 * tests that want a review published at once need fresh text.
 */
export function uniqueBody(): string {
  const n = bodies++;
  const a = ADJECTIVES[n % ADJECTIVES.length]!;
  const b = NOUNS[Math.floor(n / ADJECTIVES.length) % NOUNS.length]!;
  const c = ADJECTIVES[Math.floor(n / (ADJECTIVES.length * NOUNS.length)) % ADJECTIVES.length]!;
  return `I was billed twice for the same month and the chat agent could not see the second charge. It was a ${c} ${a} ${b}.`;
}
