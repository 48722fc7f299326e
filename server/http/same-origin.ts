// The site's own origin: the origin half of the CSRF proof, and the origin of the links the site hands out.
// Hono's csrf() only looks at form posts, so JSON requests are checked here: the browser's Origin (or, failing
// that, Referer) must be this site's own origin.
import type { Context } from 'hono';

const originOf = (value: string | undefined): string | null => {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
};

/** True when Origin (or Referer) names the request's own origin or PUBLIC_ORIGIN. */
export function isSameOrigin(c: Context, publicOrigin: string | undefined): boolean {
  const claimed = originOf(c.req.header('origin')) ?? originOf(c.req.header('referer'));
  if (!claimed) return false;
  return claimed === new URL(c.req.url).origin || (publicOrigin !== undefined && claimed === originOf(publicOrigin));
}

/** The site's origin for links it hands out (canonical URLs, the sitemap, manage links): PUBLIC_ORIGIN, else the request's. */
export function siteOrigin(c: Context, publicOrigin: string | undefined): string {
  return new URL(publicOrigin ?? c.req.url).origin;
}

/** Cookies are Secure when the request came over HTTPS or the public site is HTTPS (TLS ends at a proxy). */
export function isSecureSite(c: Context, publicOrigin: string | undefined): boolean {
  return new URL(c.req.url).protocol === 'https:' || publicOrigin?.startsWith('https:') === true;
}
