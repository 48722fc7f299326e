// Admins add moderators, disable or enable them and change their role; the command line adds the first admin.
import type { ModeratorRow, Store } from '../store';
import type { SignedInModerator } from '../../contract/auth';
import type { ModeratorAccount, ModeratorChange, NewModerator } from '../../contract/moderators';
import { AppError, notFound } from '../app-error';
import { hashPassword } from '../auth/password';

export const presentModerator = (row: ModeratorRow): ModeratorAccount => ({
  id: row.id,
  email: row.email,
  role: row.role,
  disabled: row.disabled,
  createdAt: new Date(row.createdAt).toISOString(),
  updatedAt: new Date(row.updatedAt).toISOString(),
});

/** `by` is null when the command line adds the account. */
export async function listModeratorAccounts(store: Store): Promise<ModeratorAccount[]> {
  return (await store.listModerators()).map(presentModerator);
}

export async function addModerator(
  store: Store,
  by: SignedInModerator | null,
  input: NewModerator,
  now: number,
): Promise<ModeratorAccount> {
  const passwordHash = await hashPassword(input.password);
  const row = await store.insertModerator(
    { email: input.email, role: input.role, passwordHash, createdAt: now, updatedAt: now },
    (added) => ({
      at: now,
      actorId: by?.id ?? null,
      actorEmail: by?.email ?? null,
      action: 'moderator.add',
      targetType: 'moderator',
      targetId: added.id,
      details: { email: added.email, role: added.role, via: by ? 'api' : 'command-line' },
    }),
  );
  if (!row) throw new AppError('conflict', 'A moderator with this email already exists', { email: 'Already in use' });
  return presentModerator(row);
}

/** Sets a new password from the command line (a locked-out admin); every session of the account ends. */
export async function resetModeratorPassword(store: Store, email: string, password: string, now: number): Promise<ModeratorAccount> {
  const account = await store.findModeratorByEmail(email);
  if (!account) throw notFound('Moderator');
  const result = await store.updateModerator(account.id, { passwordHash: await hashPassword(password) }, now, (before) => ({
    at: now,
    actorId: null,
    actorEmail: null,
    action: 'moderator.password-reset',
    targetType: 'moderator',
    targetId: before.id,
    details: { via: 'command-line' },
  }));
  if (!result.ok) throw notFound('Moderator');
  return presentModerator(result.after);
}

export async function changeModerator(store: Store, by: SignedInModerator, id: number, change: ModeratorChange, now: number) {
  if (id === by.id && (change.disabled === true || (change.role !== undefined && change.role !== 'admin'))) {
    throw new AppError('conflict', 'Admins cannot disable or demote themselves; ask another admin');
  }
  const result = await store.updateModerator(id, change, now, (before, after) => ({
    at: now,
    actorId: by.id,
    actorEmail: by.email,
    action: 'moderator.change',
    targetType: 'moderator',
    targetId: id,
    statusBefore: `${before.role}${before.disabled ? ' (disabled)' : ''}`,
    statusAfter: `${after.role}${after.disabled ? ' (disabled)' : ''}`,
    details: { email: after.email, ...change },
  }));
  if (!result.ok && result.reason === 'not_found') throw notFound('Moderator');
  if (!result.ok) throw new AppError('conflict', 'At least one enabled admin must remain');
  return presentModerator(result.after);
}
