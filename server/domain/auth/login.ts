// Sign in: count the attempt (refused while the account or the client is throttled), check the password, open
// a session. Every outcome answers the same way whether or not the account exists.
import { createHmac } from 'node:crypto';
import type { ModeratorRow, Store } from '../store';
import type { LoginRequest } from '../../contract/auth';
import type { Config } from '../../env';
import { AppError } from '../app-error';
import { decoyHash, verifyPassword } from './password';
import { hashSessionId, newSecret } from './session';
import { describeSession } from './session-view';

export interface LoginContext {
  store: Store;
  config: Config;
  now: number;
  clientHash: string | null;
  /** CLIENT_HASH_KEY: keys the account's throttle key, so the throttle table holds no email. */
  hashKey: string;
}

export const WRONG_CREDENTIALS = 'Wrong email or password';

/** Throttle keys: one for the account (whether or not it exists), one for the client. */
export function throttleKeys(ctx: Pick<LoginContext, 'clientHash' | 'hashKey'>, email: string) {
  const account = `account:${createHmac('sha256', ctx.hashKey).update(email).digest('base64url')}`;
  return { account, client: `client:${ctx.clientHash ?? 'unknown'}` };
}

/**
 * Counts this attempt against the account and the client before any password is checked, so a burst sent at
 * one moment gets no more checks than guesses sent one by one. Throws rate_limited with Retry-After while
 * either key has LOGIN_MAX_FAILURES attempts in the window; the refusal is audited but adds no attempt, so a
 * blocked attacker cannot keep the window open by hammering it. Hands back the attempt to forgive on success.
 */
export async function claimAttempt(ctx: LoginContext, keys: string[], account: ModeratorRow | undefined): Promise<number[]> {
  const windowMs = ctx.config.loginWindowMinutes * 60_000;
  const claim = await ctx.store.claimLoginAttempt(keys, ctx.now, ctx.now - windowMs, ctx.config.loginMaxFailures);
  if (claim.claimed) return claim.ids;
  await ctx.store.recordAudit(failureAudit(ctx, account, 'auth.login-throttled'));
  // The window slides: the block lifts when the oldest attempt counted leaves it.
  const until = Math.max(...claim.blockedOldest.map((oldest) => oldest + windowMs));
  throw new AppError('rate_limited', 'Too many failed sign-ins; try again later', undefined, (until - ctx.now) / 1000);
}

export const failureAudit = (ctx: LoginContext, account: ModeratorRow | undefined, action: string) => ({
  at: ctx.now,
  actorId: account?.id ?? null,
  actorEmail: account?.email ?? null,
  action,
  targetType: 'moderator',
  targetId: account?.id ?? null,
  details: { knownAccount: account !== undefined },
});

export async function login(ctx: LoginContext, input: LoginRequest) {
  const keys = throttleKeys(ctx, input.email);
  const account = await ctx.store.findModeratorByEmail(input.email);
  const attempt = await claimAttempt(ctx, [keys.account, keys.client], account);
  const matches = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash()));
  if (!account || account.disabled || !matches) {
    // The attempt claimed above stays as the failure.
    await ctx.store.recordAudit(failureAudit(ctx, account, 'auth.login-failed'));
    throw new AppError('unauthorized', WRONG_CREDENTIALS);
  }
  await ctx.store.forgiveLoginAttempt(attempt, keys.account);
  const sessionId = newSecret();
  const csrfToken = newSecret();
  await ctx.store.createSession(
    { idHash: hashSessionId(sessionId), moderatorId: account.id, csrfToken, createdAt: ctx.now, lastSeenAt: ctx.now },
    { at: ctx.now, actorId: account.id, actorEmail: account.email, action: 'auth.login', targetType: 'moderator', targetId: account.id },
  );
  return { moderator: account, sessionId, csrfToken, session: await describeSession(ctx.store, account, csrfToken) };
}
