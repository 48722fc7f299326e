// Admins add moderators, disable or enable them, change their role and a representative's companies; the
// command line adds the first admin.
import type { AuditInput, CompanyRow, ModeratorPatch, ModeratorRow, Store } from '../store';
import type { SignedInModerator } from '../../contract/auth';
import type { ModeratorAccount, ModeratorChange, NewModerator } from '../../contract/moderators';
import { AppError, invalid, notFound } from '../app-error';
import { hashPassword } from '../auth/password';
import { isoTime } from '../iso-time';

export const presentModerator = (row: ModeratorRow, companies: readonly string[] = []): ModeratorAccount => ({
  id: row.id,
  email: row.email,
  role: row.role,
  companies: [...companies],
  disabled: row.disabled,
  createdAt: isoTime(row.createdAt),
  updatedAt: isoTime(row.updatedAt),
});

export async function listModeratorAccounts(store: Store): Promise<ModeratorAccount[]> {
  const [rows, grants] = await Promise.all([store.listModerators(), store.listModeratorCompanies()]);
  const slugs = new Map<number, string[]>();
  for (const { moderatorId, company } of grants) slugs.set(moderatorId, [...(slugs.get(moderatorId) ?? []), company.slug]);
  return rows.map((row) => presentModerator(row, slugs.get(row.id)));
}

/** The companies named by slug, each once; an unknown slug is a 400 naming `companies`. */
async function companiesBySlug(store: Store, slugs: readonly string[]): Promise<CompanyRow[]> {
  const unique = [...new Set(slugs)];
  const found = await Promise.all(unique.map((slug) => store.findCompanyBySlug(slug)));
  const unknown = unique.filter((_, i) => !found[i]);
  if (unknown.length > 0) throw invalid({ companies: `Unknown company: ${unknown.join(', ')}` });
  return (found as CompanyRow[]).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

const companiesAudit = (by: SignedInModerator | null, at: number, id: number, before: string[], after: string[]): AuditInput => ({
  at,
  actorId: by?.id ?? null,
  actorEmail: by?.email ?? null,
  action: 'moderator.companies',
  targetType: 'moderator',
  targetId: id,
  statusBefore: before.join(', ') || null,
  statusAfter: after.join(', ') || null,
  details: { companies: after, added: after.filter((s) => !before.includes(s)), removed: before.filter((s) => !after.includes(s)) },
});

/** `by` is null when the command line adds the account. */
export async function addModerator(
  store: Store,
  by: SignedInModerator | null,
  input: NewModerator,
  now: number,
): Promise<ModeratorAccount> {
  const companies = input.role === 'representative' ? await companiesBySlug(store, input.companies ?? []) : [];
  if (input.role === 'representative' && companies.length === 0)
    throw invalid({ companies: 'A representative needs at least one company' });
  const slugs = companies.map((c) => c.slug);
  const passwordHash = await hashPassword(input.password);
  const row = await store.insertModerator(
    { email: input.email, role: input.role, passwordHash, createdAt: now, updatedAt: now },
    (added) => [
      {
        at: now,
        actorId: by?.id ?? null,
        actorEmail: by?.email ?? null,
        action: 'moderator.add',
        targetType: 'moderator',
        targetId: added.id,
        details: { email: added.email, role: added.role, via: by ? 'api' : 'command-line' },
      },
      ...(slugs.length > 0 ? [companiesAudit(by, now, added.id, [], slugs)] : []),
    ],
    companies.map((c) => c.id),
  );
  if (!row) throw new AppError('conflict', 'A moderator with this email already exists', { email: 'Already in use' });
  return presentModerator(row, slugs);
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
  return presentModerator(result.after, await companySlugsOf(store, result.after.id));
}

const companySlugsOf = async (store: Store, id: number) => (await store.listModeratorCompanies(id)).map((g) => g.company.slug);

/**
 * A representative keeps at least one company; any other role has none (a change away from representative
 * drops them, and naming companies for another role is refused).
 */
async function companyChange(store: Store, current: ModeratorRow, change: ModeratorChange): Promise<CompanyRow[] | undefined> {
  const role = change.role ?? current.role;
  if (role !== 'representative') {
    if (change.companies?.length) throw invalid({ companies: 'Only a representative has companies' });
    return current.role === 'representative' ? [] : undefined;
  }
  if (change.companies === undefined) {
    if (current.role !== 'representative') throw invalid({ companies: 'A representative needs at least one company' });
    return undefined;
  }
  const companies = await companiesBySlug(store, change.companies);
  if (companies.length === 0) throw invalid({ companies: 'A representative needs at least one company' });
  return companies;
}

export async function changeModerator(store: Store, by: SignedInModerator, id: number, change: ModeratorChange, now: number) {
  if (id === by.id && (change.disabled === true || (change.role !== undefined && change.role !== 'admin'))) {
    throw new AppError('conflict', 'Admins cannot disable or demote themselves; ask another admin');
  }
  const current = await store.findModeratorById(id);
  if (!current) throw notFound('Moderator');
  const [companies, before] = await Promise.all([companyChange(store, current, change), companySlugsOf(store, id)]);
  const after = companies ? companies.map((c) => c.slug) : before;
  const companiesChanged = after.join(',') !== before.join(',');
  const patch: ModeratorPatch = {
    ...(change.role !== undefined ? { role: change.role } : {}),
    ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
    ...(companies ? { companyIds: companies.map((c) => c.id) } : {}),
  };
  const result = await store.updateModerator(id, patch, now, (rowBefore, rowAfter) => [
    {
      at: now,
      actorId: by.id,
      actorEmail: by.email,
      action: 'moderator.change',
      targetType: 'moderator',
      targetId: id,
      statusBefore: `${rowBefore.role}${rowBefore.disabled ? ' (disabled)' : ''}`,
      statusAfter: `${rowAfter.role}${rowAfter.disabled ? ' (disabled)' : ''}`,
      details: { email: rowAfter.email, ...change },
    },
    ...(companiesChanged ? [companiesAudit(by, now, id, before, after)] : []),
  ]);
  if (!result.ok && result.reason === 'not_found') throw notFound('Moderator');
  if (!result.ok) throw new AppError('conflict', 'At least one enabled admin must remain');
  return presentModerator(result.after, after);
}
