// What a page module is handed, and what it answers: the router (routes/web.ts) turns the answer into a response.
import type { Deps } from '../http/app-env';
import type { PageCache } from './page-cache';
import type { PageName, PageShells } from './page-shells';

export interface PageContext extends Pick<Deps, 'store' | 'config' | 'now'> {
  shells: PageShells;
  cache: PageCache;
  /** PUBLIC_ORIGIN, or the request's own when unset: canonical URLs start with it. */
  origin: string;
}

/** A page's HTML (a kept page as bytes) and status; without `html`, the page's shell as it was built. */
export interface PageAnswer {
  page: PageName;
  html?: string | Uint8Array;
  status?: 200 | 404;
}

export const NOT_FOUND_PAGE: PageAnswer = { page: 'not-found', status: 404 };
