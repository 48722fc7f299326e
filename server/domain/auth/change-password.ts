// A moderator changes their own password: the current one is checked (and throttled like a login), and every
// other session of theirs ends.
import type { SignedInModerator, PasswordChange } from '../../contract/auth';
import { AppError } from '../app-error';
import { claimAttempt, failureAudit, type LoginContext, throttleKeys } from './login';
import { hashPassword, verifyPassword } from './password';

export async function changePassword(ctx: LoginContext, who: SignedInModerator, keepSession: string, input: PasswordChange) {
  const keys = throttleKeys(ctx, who.email);
  const account = await ctx.store.findModeratorById(who.id);
  if (!account || account.disabled) throw new AppError('unauthorized', 'Sign in as a moderator');
  const attempt = await claimAttempt(ctx, [keys.account, keys.client], account);
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
    await ctx.store.recordAudit(failureAudit(ctx, account, 'auth.password-change-failed'));
    throw new AppError('validation_failed', 'Invalid currentPassword', { currentPassword: 'Current password is wrong' });
  }
  await ctx.store.forgiveLoginAttempt(attempt);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.store.updateModerator(
    who.id,
    { passwordHash },
    ctx.now,
    () => ({
      at: ctx.now,
      actorId: who.id,
      actorEmail: who.email,
      action: 'auth.password-change',
      targetType: 'moderator',
      targetId: who.id,
    }),
    keepSession,
  );
}
