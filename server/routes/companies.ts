// Public company routes: the ranked list with summaries, one company with its taxonomy and summary.
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../http/app-env';
import { getCompanyDetailJson, listCompanies } from '../domain/find-company';
import { CompanyVersionCache } from '../domain/company-version-cache';
import { CompanyListQuery } from '../contract/patterns';
import { validQuery } from '../http/validate';

export function companyRoutes({ store, config, kept }: Deps) {
  const detailCache = new CompanyVersionCache<string>();
  return new Hono<AppEnv>()
    .get('/', validQuery(CompanyListQuery), async (c) =>
      c.json({ companies: await listCompanies(store, c.req.valid('query').sort, config.patternMinReviews, kept.companyList) }),
    )
    .get('/:slug', async (c) =>
      c.body(await getCompanyDetailJson(store, c.req.param('slug'), detailCache), 200, { 'Content-Type': 'application/json' }),
    );
}
