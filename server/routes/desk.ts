// The moderator console's API: queue, one review, decisions, bulk decisions, held replies; admins: audit trail,
// accounts, new companies. Representatives get 403 on all of it.
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { NewCompany } from '../contract/companies';
import { AuditQuery, BulkDecision, Decision, QueueQuery } from '../contract/moderation';
import { ModeratorChange, NewModerator } from '../contract/moderators';
import { HeldRepliesQuery, ReplyDecision } from '../contract/reply';
import { notFound } from '../domain/app-error';
import { addCompany, listCompanyTemplates } from '../domain/companies/add-company';
import { bulkDecide } from '../domain/desk/bulk-decide';
import { decideReview } from '../domain/desk/decide-review';
import { listAudit } from '../domain/desk/list-audit';
import { getModeratedReview, listQueue } from '../domain/desk/list-queue';
import { addModerator, changeModerator, listModeratorAccounts } from '../domain/accounts/manage-moderators';
import { decideHeldReply, listHeldReplies } from '../domain/replies/held-replies';
import type { AppEnv, Deps } from '../http/app-env';
import { errorResponse } from '../http/errors';
import { requireModerator } from '../http/require-moderator';
import { requireJson, validJson, validQuery } from '../http/validate';

const Id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const idOf = (raw: string, what: string) => {
  const id = Id.safeParse(raw);
  if (!id.success) throw notFound(what);
  return id.data;
};

const onlyBulk: MiddlewareHandler<AppEnv> = (c, next) =>
  c.req.param('bulk') === 'bulk' ? next() : Promise.resolve(errorResponse(c, 'not_found', 'No such API route'));

export function moderationRoutes(deps: Deps) {
  const { store, now } = deps;
  const admin = requireModerator(deps, { role: 'admin' });
  return (
    new Hono<AppEnv>()
      .get('/audit', admin, validQuery(AuditQuery), async (c) => c.json(await listAudit(store, c.req.valid('query'))))
      .get('/moderators', admin, async (c) => c.json({ moderators: await listModeratorAccounts(store) }))
      .post('/moderators', admin, requireJson, validJson(NewModerator), async (c) =>
        c.json({ moderator: await addModerator(store, c.get('moderator'), c.req.valid('json'), now()) }, 201),
      )
      .patch('/moderators/:id', admin, requireJson, validJson(ModeratorChange), async (c) =>
        c.json({
          moderator: await changeModerator(store, c.get('moderator'), idOf(c.req.param('id'), 'Moderator'), c.req.valid('json'), now()),
        }),
      )
      .get('/company-templates', admin, (c) => c.json(listCompanyTemplates()))
      .post('/companies', admin, requireJson, validJson(NewCompany), async (c) =>
        c.json({ company: await addCompany(store, c.get('moderator'), c.req.valid('json'), now()) }, 201),
      )
      // Everything below is the desk: moderators and admins, never representatives.
      .use('*', requireModerator(deps))
      .get('/replies', validQuery(HeldRepliesQuery), async (c) => c.json({ replies: await listHeldReplies({ store }) }))
      .post('/replies/:reviewId/decision', requireJson, validJson(ReplyDecision), async (c) => {
        const ctx = { store, now: now(), moderateText: deps.moderateText };
        const reply = await decideHeldReply(ctx, c.get('moderator'), idOf(c.req.param('reviewId'), 'Reply'), c.req.valid('json'));
        return c.req.valid('json').action === 'remove' ? c.body(null, 204) : c.json({ reply });
      })
      .get('/queue', validQuery(QueueQuery), async (c) => c.json(await listQueue(store, c.req.valid('query'))))
      .get('/reviews/:id', async (c) => c.json(await getModeratedReview(store, idOf(c.req.param('id'), 'Review'))))
      // POST /reviews/bulk, written as a parameter: Hono's RegExpRouter refuses a fixed segment beside a parameter
      // (bulk beside :id/decision), and that one pair would send every request of the site through the slower trie
      // router (test/http/routing.test.ts). Any other word there is no route, as before.
      .post('/reviews/:bulk', onlyBulk, requireJson, validJson(BulkDecision), async (c) =>
        c.json(await bulkDecide({ store, now: now(), moderateText: deps.moderateText }, c.get('moderator'), c.req.valid('json'))),
      )
      .post('/reviews/:id/decision', requireJson, validJson(Decision), async (c) =>
        c.json({
          review: await decideReview(
            { store, now: now(), moderateText: deps.moderateText },
            c.get('moderator'),
            idOf(c.req.param('id'), 'Review'),
            c.req.valid('json'),
          ),
        }),
      )
  );
}
