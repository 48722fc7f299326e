// Moderator accounts, their server-side sessions, failed-login throttling and the audit trail.
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { MODERATOR_ROLES } from '../../../server/contract/auth';

export const moderators = sqliteTable('moderators', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Stored lower-cased so "Ann@x" and "ann@x" are one account. */
  email: text('email').notNull().unique(),
  role: text('role', { enum: MODERATOR_ROLES }).notNull(),
  /** "scrypt$N$r$p$salt$hash": the parameters travel with the hash so they can be raised later. */
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** A signed-in browser. Only the sha256 of the cookie's id is kept, so a copy of the database cannot sign in. */
export const moderatorSessions = sqliteTable(
  'moderator_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    moderatorId: integer('moderator_id')
      .notNull()
      .references(() => moderators.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
  },
  (t) => [index('moderator_sessions_owner').on(t.moderatorId)],
);

/**
 * One row per failed login, keyed by "account:<hash of the email>" or "client:<client hash>": the typed
 * email itself is never kept (people type passwords into the wrong field).
 */
export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('login_failures_key').on(t.key, t.at)],
);

/** Who did what, when, to which record. Never passwords, session ids, tokens or removed personal data. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    /** Null for readers, reviewers and unknown accounts. */
    actorId: integer('actor_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    statusBefore: text('status_before'),
    statusAfter: text('status_after'),
    /** JSON object of small facts (reason, changed fields…). */
    details: text('details').notNull().default('{}'),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_actor').on(t.actorId, t.id),
    index('audit_log_target').on(t.targetType, t.targetId, t.id),
    index('audit_log_action').on(t.action, t.id),
  ],
);

export type ModeratorRow = typeof moderators.$inferSelect;
export type ModeratorSessionRow = typeof moderatorSessions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
