// Sign in: refuse while the account or the client is throttled, check the password, open a session. Every
// outcome answers the same way whether or not the account exists.
import { createHash } from 'node:crypto';
import type { ModeratorRow, Store } from '../../../db/store';
import type { LoginRequest } from '../../contract/auth';
import type { Config } from '../../env';
import { AppError } from '../app-error';
import { decoyHash, verifyPassword } from './password';
import { hashSessionId, newSecret } from './session';

export interface LoginContext {
  store: Store;
  config: Config;
  now: number;
  clientHash: string | null;
  /** Salts the account key so the throttle table holds no email. */
  salt: string;
}

export const WRONG_CREDENTIALS = 'Wrong email or password';

/** Throttle keys: one for the account (whether or not it exists), one for the client. */
export function throttleKeys(ctx: Pick<LoginContext, 'clientHash' | 'salt'>, email: string) {
  const account = `account:${createHash('sha256').update(ctx.salt).update('\0').update(email).digest('base64url')}`;
  return { account, client: `client:${ctx.clientHash ?? 'unknown'}` };
}

/**
 * Throws rate_limited with Retry-After while either key has too many recent failures. The refusal is audited
 * but adds no failure, so a blocked attacker cannot keep the window open by hammering it.
 */
export async function refuseWhileThrottled(ctx: LoginContext, keys: string[], account: ModeratorRow | undefined): Promise<void> {
  const windowMs = ctx.config.loginWindowMinutes * 60_000;
  const counts = await ctx.store.countLoginFailures(keys, ctx.now - windowMs);
  const blocked = counts.filter((k) => k.count >= ctx.config.loginMaxFailures);
  if (blocked.length === 0) return;
  await ctx.store.recordAudit(failureAudit(ctx, account, 'auth.login-throttled'));
  // The window slides: the block lifts when the oldest failure counted leaves it.
  const until = Math.max(...blocked.map((k) => (k.oldest ?? ctx.now) + windowMs));
  throw new AppError('rate_limited', 'Too many failed sign-ins; try again later', undefined, (until - ctx.now) / 1000);
}

const failureAudit = (ctx: LoginContext, account: ModeratorRow | undefined, action: string) => ({
  at: ctx.now,
  actorId: account?.id ?? null,
  actorEmail: account?.email ?? null,
  action,
  targetType: 'moderator',
  targetId: account?.id ?? null,
  details: { knownAccount: account !== undefined },
});

export async function recordFailure(ctx: LoginContext, keys: string[], account: ModeratorRow | undefined, action: string) {
  await ctx.store.recordLoginFailure(keys, ctx.now, ctx.now - ctx.config.loginWindowMinutes * 60_000, failureAudit(ctx, account, action));
}

export async function login(ctx: LoginContext, input: LoginRequest) {
  const keys = throttleKeys(ctx, input.email);
  const account = await ctx.store.findModeratorByEmail(input.email);
  await refuseWhileThrottled(ctx, [keys.account, keys.client], account);
  const matches = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash()));
  if (!account || account.disabled || !matches) {
    await recordFailure(ctx, [keys.account, keys.client], account, 'auth.login-failed');
    throw new AppError('unauthorized', WRONG_CREDENTIALS);
  }
  await ctx.store.clearLoginFailures(keys.account);
  const sessionId = newSecret();
  const csrfToken = newSecret();
  await ctx.store.createSession(
    { idHash: hashSessionId(sessionId), moderatorId: account.id, csrfToken, createdAt: ctx.now, lastSeenAt: ctx.now },
    { at: ctx.now, actorId: account.id, actorEmail: account.email, action: 'auth.login', targetType: 'moderator', targetId: account.id },
  );
  return { moderator: account, sessionId, csrfToken };
}
