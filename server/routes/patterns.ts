// Complaint patterns and the monthly trend of a company, as JSON and as CSV for spreadsheets.
import { Hono, type Context } from 'hono';
import type { AppEnv, Deps } from '../http/app-env';
import { NOT_ENOUGH_REVIEWS } from '../contract/patterns';
import { getCompanyPatterns, getCompanyTrend, type BuiltPatterns } from '../domain/patterns/get-company-patterns';
import { patternsCsv, trendCsv } from '../domain/patterns/patterns-csv';

const csv = (c: Context<AppEnv>, filename: string, body: string) =>
  c.body(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  });

// Built patterns are cached and handed back as the same object while the figures stand: their CSV is kept with them.
const csvOf = new WeakMap<BuiltPatterns, string>();

export function patternRoutes({ store, config, now, kept }: Deps) {
  // The company page's cache too (Deps.kept): its entries are checked against the company's version.
  const ctx = () => ({ store, now: now(), minReviews: config.patternMinReviews, cache: kept.patterns });
  return new Hono<AppEnv>()
    .get('/:slug/patterns', async (c) => {
      const { json } = await getCompanyPatterns(ctx(), c.req.param('slug'));
      return c.body(json, 200, { 'Content-Type': 'application/json' });
    })
    .get('/:slug/patterns.csv', async (c) => {
      const built = await getCompanyPatterns(ctx(), c.req.param('slug'));
      let body = csvOf.get(built);
      if (body === undefined) csvOf.set(built, (body = patternsCsv(built.patterns)));
      return csv(c, `${built.patterns.company.slug}-patterns.csv`, body);
    })
    .get('/:slug/trend', async (c) => c.json(await getCompanyTrend(ctx(), c.req.param('slug'))))
    .get('/:slug/trend.csv', async (c) => {
      const trend = await getCompanyTrend(ctx(), c.req.param('slug'));
      return csv(c, `${trend.company.slug}-trend.csv`, trendCsv(trend, NOT_ENOUGH_REVIEWS));
    });
}
