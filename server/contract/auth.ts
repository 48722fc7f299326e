// Moderator sign-in shapes, shared by the server and (as types) by the web client.
import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-rules';

export { PASSWORD_MAX, PASSWORD_MIN } from './password-rules';

/** A representative answers their companies' reviews and uses no part of the moderators' desk. */
export const MODERATOR_ROLES = ['moderator', 'admin', 'representative'] as const;
export type ModeratorRole = (typeof MODERATOR_ROLES)[number];
/** The roles that work the moderation desk. */
export const STAFF_ROLES: readonly ModeratorRole[] = ['moderator', 'admin'];

export const NewPassword = z
  .string('Choose a password')
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password can be at most ${PASSWORD_MAX} characters`);

export const Email = z
  .string('Enter an email address')
  .trim()
  .toLowerCase()
  .max(254, 'Email is too long')
  .pipe(z.email('Enter an email address'));

export const LoginRequest = z.strictObject({
  email: z.string('Enter your email').trim().toLowerCase().min(1, 'Enter your email').max(254, 'Email is too long'),
  password: z.string('Enter your password').min(1, 'Enter your password').max(PASSWORD_MAX, 'Password is too long'),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const PasswordChange = z.strictObject({
  currentPassword: z.string('Enter your current password').min(1, 'Enter your current password').max(PASSWORD_MAX, 'Password is too long'),
  newPassword: NewPassword,
});
export type PasswordChange = z.infer<typeof PasswordChange>;

/** The signed-in moderator as the server knows them on each request. */
export interface SignedInModerator {
  id: number;
  email: string;
  role: ModeratorRole;
}

/** POST /api/auth/login and GET /api/auth/me. Send csrfToken as `x-csrf-token` on every state-changing request. */
export interface SessionResponse {
  /** `companies`: the slugs a representative answers for; empty for other roles. */
  moderator: { email: string; role: ModeratorRole; companies: string[] };
  csrfToken: string;
}

/**
 * GET /api/auth/session: whether this browser is signed in, always 200, so a console that checks (at load, on
 * focus) has no error to log; the rest of the API keeps answering 401 without a session.
 */
export type SessionState = ({ signedIn: true } & SessionResponse) | { signedIn: false };
