// Admin management of moderator accounts: add, disable or enable, change role.
import { z } from 'zod';
import { Email, MODERATOR_ROLES, NewPassword, type ModeratorRole } from './auth';

const Role = z.enum(MODERATOR_ROLES, `Role must be one of ${MODERATOR_ROLES.join(', ')}`);

/** POST /api/moderation/moderators: the admin chooses a first password, which the new moderator should change. */
export const NewModerator = z.strictObject({ email: Email, role: Role, password: NewPassword });
export type NewModerator = z.infer<typeof NewModerator>;

/** PATCH /api/moderation/moderators/:id */
export const ModeratorChange = z
  .strictObject({ role: Role.optional(), disabled: z.boolean('Answer true or false').optional() })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, { message: 'Give role or disabled', path: ['request'] });
export type ModeratorChange = z.infer<typeof ModeratorChange>;

export interface ModeratorAccount {
  id: number;
  email: string;
  role: ModeratorRole;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/moderation/moderators */
export interface ModeratorList {
  moderators: ModeratorAccount[];
}
