// Public company routes: the list with summaries, one company with its taxonomy and summary.
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../http/app-env';
import { getCompanyDetail, listCompanies } from '../domain/find-company';

export function companyRoutes({ store }: Deps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ companies: await listCompanies(store) }))
    .get('/:slug', async (c) => c.json(await getCompanyDetail(store, c.req.param('slug'))));
}
