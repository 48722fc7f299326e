// Moderators in the store: accounts, sessions, login throttling and the audit trail, each change with its audit
// entry in one transaction.
import type { AuditFilter, AuditInput, AuditRow, ModeratorCompanyRow, ModeratorPatch, ModeratorRow, ModeratorSessionRow } from './rows';

export type LoginClaim = { claimed: true; ids: number[] } | { claimed: false; blockedOldest: number[] };

export type ModeratorUpdate = { ok: true; before: ModeratorRow; after: ModeratorRow } | { ok: false; reason: 'not_found' | 'last_admin' };

export interface ModeratorStore {
  findModeratorById(id: number): Promise<ModeratorRow | undefined>;
  findModeratorByEmail(email: string): Promise<ModeratorRow | undefined>;
  listModerators(): Promise<ModeratorRow[]>;
  /** The companies each account represents (of one account when given), by slug. */
  listModeratorCompanies(moderatorId?: number): Promise<ModeratorCompanyRow[]>;
  /** Undefined when the email is taken. `companyIds`: the companies a representative answers for. */
  insertModerator(
    row: Omit<ModeratorRow, 'id' | 'disabled'>,
    audit: (row: ModeratorRow) => AuditInput | AuditInput[],
    companyIds?: readonly number[],
  ): Promise<ModeratorRow | undefined>;
  /**
   * Changes role, disabled or password. Disabling ends every session; a new password ends every session but
   * `keepSession`; `companyIds` replaces the companies represented. Refused (last_admin) when no enabled admin
   * would be left.
   */
  updateModerator(
    id: number,
    patch: ModeratorPatch,
    now: number,
    audit: (before: ModeratorRow, after: ModeratorRow) => AuditInput | AuditInput[],
    keepSession?: string,
  ): Promise<ModeratorUpdate>;
  createSession(row: ModeratorSessionRow, audit: AuditInput): Promise<void>;
  findSession(idHash: string): Promise<{ session: ModeratorSessionRow; moderator: ModeratorRow } | undefined>;
  touchSession(idHash: string, now: number): Promise<void>;
  /** Ends one session (audit given: a logout) or, with `all`, every session of its moderator. */
  endSessions(target: { idHash: string } | { moderatorId: number }, audit?: AuditInput): Promise<number>;
  /**
   * Counts a sign-in attempt against every key before its password is checked, in one immediate transaction:
   * refused (with each blocked key's oldest attempt) when a key already has `max` since `since`; otherwise one
   * attempt per key is recorded, to stay as a failure or be forgiven (forgiveLoginAttempt) when it succeeds.
   */
  claimLoginAttempt(keys: string[], at: number, since: number, max: number): Promise<LoginClaim>;
  /** Takes back a claimed attempt, and clears every failure of `clearKey` (the account, after a sign-in). */
  forgiveLoginAttempt(ids: number[], clearKey?: string): Promise<void>;
  recordAudit(entry: AuditInput): Promise<void>;
  listAudit(filter: AuditFilter, limit: number): Promise<AuditRow[]>;
}
