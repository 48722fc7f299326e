// Moderators' view of review bursts: every company whose last day looks like a flood or one client posing as many.
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../http/app-env';
import { requireModerator } from '../http/require-moderator';
import { listBursts } from '../domain/patterns/detect-burst';

export function burstRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/', requireModerator(deps), async (c) => c.json({ bursts: await listBursts(deps.store, deps.now()) }));
}
