// Several server processes on one database, driven over real HTTP: moderators made with the operator's
// command, signed in on one process and their cookie carried to another, held reviews posted like a reader's.
import { spawnSync } from 'node:child_process';
import { childEnv, PROJECT_ROOT } from './server-process';
import { buildReview } from './fixtures';
import { TEST_PASSWORD } from './moderator';
import type { Answer } from './server';
import type { SessionResponse } from '../../server/contract/auth';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { DecisionResponse } from '../../server/contract/moderation';
import type { CompanyDetail } from '../../server/contract/review';

/** A JSON request to `base`; the body is parsed when there is one, and T names its type. */
export async function call<T = unknown>(
  base: string,
  path: string,
  init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, {
    method: init.method ?? 'GET',
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (an HTML page): kept as text.
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

let added = 0;

/** `npm run moderator:add` as an operator runs it (password on stdin), on the database `env` names. */
export function addModeratorByCommand(env: Record<string, string>, role: 'moderator' | 'admin' = 'moderator') {
  const email = `${role}-${process.pid}-${++added}@example.test`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/moderator-add.ts', '--email', email, '--role', role], {
    cwd: PROJECT_ROOT,
    input: `${TEST_PASSWORD}\n`,
    encoding: 'utf8',
    env: childEnv(env),
  });
  if (run.status !== 0) throw new Error(`moderator:add failed (${run.status}): ${run.stdout}\n${run.stderr}`);
  return { email, password: TEST_PASSWORD };
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Signs in on `base`; throws unless it answers 200. */
export async function signIn(base: string, account: { email: string; password: string }): Promise<Session> {
  const res = await call<SessionResponse>(base, '/api/auth/login', { method: 'POST', json: account, headers: { origin: base } });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('earful_session=') && c !== 'earful_session=');
  if (!cookie) throw new Error('login set no session cookie');
  return { cookie, csrfToken: res.body.csrfToken };
}

/** A request with the session's cookie and CSRF token, from `base`'s own origin, as the console sends it. */
export const asModerator = <T = unknown>(base: string, session: Session, path: string, init: { method?: string; json?: unknown } = {}) =>
  call<T>(base, path, { ...init, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, origin: base } });

/** POST /api/moderation/reviews/:id/decision: the decided review, unless T says otherwise (ErrorBody). */
export const decide = <T = DecisionResponse>(base: string, session: Session, id: number, json: Record<string, unknown>) =>
  asModerator<T>(base, session, `/api/moderation/reviews/${id}/decision`, { method: 'POST', json });

let links = 0;

/** Posts a review the moderation holds (a link to another site, a text of its own): its id, status pending. */
export async function postHeldReview(base: string, slug = 'netflix', headers: Record<string, string> = {}): Promise<number> {
  const n = ++links;
  const body = `Skip their support and get a free year at https://deals-${process.pid}-${n}.example.biz/free right now, case ${n}.`;
  const res = await call<SubmissionResponse>(base, `/api/companies/${slug}/reviews`, {
    method: 'POST',
    json: buildReview({ body }),
    headers,
  });
  if (res.status !== 202 || res.body.review.status !== 'pending') throw new Error(`not held: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.review.id;
}

/** The "based on N reviews" count the company's API summary shows. */
export const summaryCount = async (base: string, slug = 'netflix') =>
  (await call<CompanyDetail>(base, `/api/companies/${slug}`)).body.summary.count;
