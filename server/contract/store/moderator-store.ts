// Moderators in the store: accounts, sessions, login throttling and the audit trail, each change with its audit
// entry in one transaction.
import type { AuditFilter, AuditInput, AuditRow, ModeratorPatch, ModeratorRow, ModeratorSessionRow } from './rows';

export type LoginClaim = { claimed: true; ids: number[] } | { claimed: false; blockedOldest: number[] };

export type ModeratorUpdate = { ok: true; before: ModeratorRow; after: ModeratorRow } | { ok: false; reason: 'not_found' | 'last_admin' };

export interface ModeratorStore {
  findModeratorById(id: number): Promise<ModeratorRow | undefined>;
  findModeratorByEmail(email: string): Promise<ModeratorRow | undefined>;
  listModerators(): Promise<ModeratorRow[]>;
  /** Undefined when the email is taken. */
  insertModerator(row: Omit<ModeratorRow, 'id' | 'disabled'>, audit: (row: ModeratorRow) => AuditInput): Promise<ModeratorRow | undefined>;
  /**
   * Changes role, disabled or password. Disabling ends every session; a new password ends every session but
   * `keepSession`. Refused (last_admin) when no enabled admin would be left.
   */
  updateModerator(
    id: number,
    patch: ModeratorPatch,
    now: number,
    audit: (before: ModeratorRow, after: ModeratorRow) => AuditInput,
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
