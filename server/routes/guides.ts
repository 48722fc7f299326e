// Company guides and routing hints: readers and the review form read them; admins replace a guide.
import { Hono } from 'hono';
import { GuideUpdate, HintAnswers } from '../contract/guide';
import { getGuide, getHints, matchCompanyHints } from '../domain/guides/read-guide';
import { updateGuide } from '../domain/guides/update-guide';
import type { AppEnv, Deps } from '../http/app-env';
import { requireModerator } from '../http/require-moderator';
import { requireJson, validJson, validQuery } from '../http/validate';

export function guideRoutes(deps: Deps) {
  const { store, now } = deps;
  return (
    new Hono<AppEnv>()
      .get('/:slug/guide', async (c) => c.json(await getGuide(store, c.req.param('slug'))))
      .put('/:slug/guide', requireModerator(deps, { role: 'admin' }), requireJson, validJson(GuideUpdate), async (c) =>
        c.json(await updateGuide(store, c.get('moderator'), c.req.param('slug'), c.req.valid('json'), now())),
      )
      .get('/:slug/hints', async (c) => c.json(await getHints(store, c.req.param('slug'))))
      // A GET, so the form can ask as often as the customer changes an answer without spending write quota.
      .get('/:slug/hints/match', validQuery(HintAnswers), async (c) =>
        c.json(await matchCompanyHints(store, c.req.param('slug'), c.req.valid('query'))),
      )
  );
}
