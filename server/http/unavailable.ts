// What a request gets while the database cannot be reached: 503 with Retry-After, so browsers, widgets and
// proxies try again shortly instead of showing an error. Pages get this short page, API calls the JSON body.
import type { Context } from 'hono';

/** Seconds: about as long as a PostgreSQL restart or failover takes. */
export const UNAVAILABLE_RETRY_AFTER = 5;
export const UNAVAILABLE_MESSAGE = 'Earful cannot reach its database right now; try again shortly';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Back in a moment — Earful</title></head>
<body><h1>Back in a moment</h1><p>Earful cannot reach its database right now. Please try again in a few seconds.</p></body></html>
`;

/** A page is an address outside /api that a browser asks for as HTML. */
export const isPageRequest = (c: Context) => !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');

export function unavailablePage(c: Context) {
  c.header('Retry-After', String(UNAVAILABLE_RETRY_AFTER));
  c.header('Cache-Control', 'no-store');
  return c.html(PAGE, 503);
}
