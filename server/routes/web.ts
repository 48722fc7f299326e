// Serves the built front end: hashed assets, the widget script, and one page per address. Each page's HTML is
// built by its module in server/pages/; this maps addresses to them and answers with what they build.
import { Hono, type Context } from 'hono';
import type { AppEnv, Deps } from '../http/app-env';
import { chooseEncoding, compressedPage } from '../http/compressed-html';
import { keptFiles } from '../http/kept-files';
import { siteOrigin } from '../http/same-origin';
import { ignoreUnusableRanges } from '../http/usable-range';
import { companyPage } from '../pages/company-page';
import { homePage } from '../pages/home-page';
import { PageCache } from '../pages/page-cache';
import { NOT_FOUND_PAGE, type PageAnswer, type PageContext } from '../pages/page-context';
import { reviewPage } from '../pages/review-page';

export function webRoutes(deps: Deps, webRoot: string) {
  const { store, config, now, pageShells: shells } = deps;
  const cache = new PageCache(deps.kept);
  const pages = (c: Context): PageContext => ({ store, config, now, shells, cache, origin: siteOrigin(c, config.publicOrigin) });
  const send = (c: Context<AppEnv>, { page, html, status = 200 }: PageAnswer) => {
    const body = html ?? shells.get(page);
    if (!body) return c.text('The front end is not built: run npm run build:web', 503);
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const compressed = encoding && compressedPage(body, encoding);
    if (compressed) {
      return c.body(compressed as Uint8Array<ArrayBuffer>, status, {
        'Content-Type': 'text/html; charset=UTF-8',
        'Content-Encoding': encoding,
      });
    }
    if (typeof body === 'string') return c.html(body, status);
    return c.body(body as Uint8Array<ArrayBuffer>, status, { 'Content-Type': 'text/html; charset=UTF-8' });
  };

  return (
    new Hono<AppEnv>()
      .use(ignoreUnusableRanges)
      .use('/assets/*', keptFiles(webRoot, { folder: '/assets/' }, 'public, max-age=31536000, immutable'))
      // Not hashed (other sites link to it by name), so caches check back every few minutes.
      .use('/widget.js', keptFiles(webRoot, { files: ['/widget.js'] }, 'public, max-age=300'))
      .use('/favicon.svg', keptFiles(webRoot, { files: ['/favicon.svg'] }, 'public, max-age=86400'))
      .get('/', async (c) => send(c, await homePage(pages(c))))
      .get('/companies/:slug', async (c) => send(c, await companyPage(pages(c), c.req.param('slug'), new URL(c.req.url).searchParams)))
      .get('/companies/:slug/reviews/:id{[0-9]+}', async (c) =>
        send(c, await reviewPage(pages(c), c.req.param('slug'), Number(c.req.param('id')))),
      )
      .get('/moderate', (c) => send(c, { page: 'moderate' }))
      .get('/policy', (c) => send(c, { page: 'policy' }))
      .get('/privacy', (c) => send(c, { page: 'privacy' }))
      // The token is in the fragment, which never reaches the server; the page reads it and asks the API.
      .get('/manage/:id{[0-9]+}', (c) => send(c, { page: 'manage' }))
      .get('*', (c) => send(c, NOT_FOUND_PAGE))
  );
}
