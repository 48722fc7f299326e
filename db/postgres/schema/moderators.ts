// Moderator accounts, sessions, failed-login throttling and the audit trail (PostgreSQL; mirrors db/sqlite/schema/moderators.ts).
import { pgTable, integer, bigint, boolean, text, index } from 'drizzle-orm/pg-core';
import { MODERATOR_ROLES } from '../../../server/contract/auth';
import { jsonText } from './json-text';

export const moderators = pgTable('moderators', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  /** Stored lower-cased so "Ann@x" and "ann@x" are one account. */
  email: text('email').notNull().unique(),
  role: text('role', { enum: MODERATOR_ROLES }).notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
});

/** A signed-in browser; only the sha256 of the cookie's id is kept. */
export const moderatorSessions = pgTable(
  'moderator_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    moderatorId: integer('moderator_id')
      .notNull()
      .references(() => moderators.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    lastSeenAt: bigint('last_seen_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('moderator_sessions_owner').on(t.moderatorId)],
);

/** One row per failed login, keyed by "account:<hash of the email>" or "client:<client hash>". */
export const loginFailures = pgTable(
  'login_failures',
  {
    // bigint: rows come and go with every failed sign-in, so the ids outrun a 32-bit counter long before the rows do.
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    key: text('key').notNull(),
    at: bigint('at', { mode: 'number' }).notNull(),
  },
  (t) => [index('login_failures_key').on(t.key, t.at)],
);

/** Who did what, when, to which record. Never passwords, session ids, tokens or removed personal data. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    at: bigint('at', { mode: 'number' }).notNull(),
    actorId: integer('actor_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    statusBefore: text('status_before'),
    statusAfter: text('status_after'),
    /** JSON object of small facts (reason, changed fields…). */
    details: jsonText('details').notNull().default('{}'),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_actor').on(t.actorId, t.id),
    index('audit_log_target').on(t.targetType, t.targetId, t.id),
    index('audit_log_action').on(t.action, t.id),
  ],
);
