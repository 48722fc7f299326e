// Admin management of moderator accounts: add, disable or enable, change role, and a representative's companies.
import { z } from 'zod';
import { Email, MODERATOR_ROLES, NewPassword, type ModeratorRole } from './auth';

const Role = z.enum(MODERATOR_ROLES, `Role must be one of ${MODERATOR_ROLES.join(', ')}`);
const Companies = z
  .array(z.string('Give company slugs').min(1, 'Give company slugs').max(64, 'Unknown company'), 'Give a list of company slugs')
  .max(100, 'At most 100 companies');

/**
 * POST /api/moderation/moderators: the admin chooses a first password, which the new moderator should change.
 * `companies` (slugs) is required, non-empty, for a representative and must be empty or absent for other roles.
 */
export const NewModerator = z
  .strictObject({ email: Email, role: Role, password: NewPassword, companies: Companies.optional() })
  .superRefine((v, ctx) => {
    const companies = v.companies ?? [];
    if (v.role === 'representative' && companies.length === 0)
      ctx.addIssue({ code: 'custom', message: 'A representative needs at least one company', path: ['companies'] });
    if (v.role !== 'representative' && companies.length > 0)
      ctx.addIssue({ code: 'custom', message: 'Only a representative has companies', path: ['companies'] });
  });
export type NewModerator = z.infer<typeof NewModerator>;

/** PATCH /api/moderation/moderators/:id; `companies` replaces a representative's companies. */
export const ModeratorChange = z
  .strictObject({ role: Role.optional(), disabled: z.boolean('Answer true or false').optional(), companies: Companies.optional() })
  .refine((v) => v.role !== undefined || v.disabled !== undefined || v.companies !== undefined, {
    message: 'Give role, disabled or companies',
    path: ['request'],
  });
export type ModeratorChange = z.infer<typeof ModeratorChange>;

export interface ModeratorAccount {
  id: number;
  email: string;
  role: ModeratorRole;
  /** The company slugs a representative answers for; empty for other roles. */
  companies: string[];
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/moderation/moderators */
export interface ModeratorList {
  moderators: ModeratorAccount[];
}

/** POST (201) and PATCH /api/moderation/moderators… : the account as it is now. */
export interface ModeratorResponse {
  moderator: ModeratorAccount;
}
