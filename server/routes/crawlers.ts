// /robots.txt and /sitemap.xml, for search engines. The origin is PUBLIC_ORIGIN when set, as in canonical URLs.
import { Hono, type Context } from 'hono';
import { robotsTxt, siteMapEntries, sitemapXml } from '../domain/seo/site-map';
import type { AppEnv, Deps } from '../http/app-env';
import { siteOrigin } from '../http/same-origin';

export function crawlerRoutes({ store, config }: Deps) {
  const origin = (c: Context) => siteOrigin(c, config.publicOrigin);
  return new Hono<AppEnv>()
    .get('/robots.txt', (c) => {
      c.header('Cache-Control', 'public, max-age=3600');
      return c.text(robotsTxt(origin(c)));
    })
    .get('/sitemap.xml', async (c) => {
      c.header('Cache-Control', 'public, max-age=3600');
      return c.body(sitemapXml(origin(c), await siteMapEntries(store)), 200, { 'Content-Type': 'application/xml; charset=UTF-8' });
    });
}
