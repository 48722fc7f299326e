// Security headers on every response: a strict Content-Security-Policy (Hono's secureHeaders() sends none
// unless told), nosniff, no framing; the widget script alone may be loaded by other sites, and API answers
// get the short set that JSON needs.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app-env';

/**
 * No inline script and no eval anywhere: a review that slipped markup past moderation still cannot run.
 * Lit styles through constructable stylesheets (adoptedStyleSheets), which style-src does not govern; the one
 * inline <style>, the site stylesheet, is allowed by its hash. JSON-LD is a data block, never executed.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  // The widget is a script tag on the host page, not an iframe, so no page of ours needs framing.
  frameAncestors: ["'none'"],
};

const COMMON: Parameters<typeof secureHeaders>[0] = {
  xFrameOptions: 'DENY',
  // 'no-referrer' would make browsers send "Origin: null" on same-origin POSTs (Fetch §3.1), which the
  // moderators' CSRF origin check refuses; 'same-origin' still tells other sites nothing.
  referrerPolicy: 'same-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  removePoweredBy: false,
};

/**
 * JSON is never a document: opened directly it may load nothing and be framed nowhere (OWASP's REST headers).
 * Four headers instead of a page's fourteen, since each one costs every API answer an undici Headers.set.
 */
const API: Parameters<typeof secureHeaders>[0] = {
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xContentTypeOptions: true,
  xFrameOptions: 'DENY',
  crossOriginResourcePolicy: 'same-origin',
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
  // Nothing here ever sets X-Powered-By; deleting it would only cost a Headers object.
  removePoweredBy: false,
};

/** Paths other sites load with a plain <script src>: a no-cors request that CORP same-origin would block. */
export const isEmbeddable = (path: string) => path === '/widget.js' || path.startsWith('/widget/');

/** `styleSources`: the hashes of the pages' inline <style> blocks (inlineStyleSources), allowed beside 'self'. */
export function securityHeaders(styleSources: string[] = []): MiddlewareHandler<AppEnv> {
  const contentSecurityPolicy = { ...CONTENT_SECURITY_POLICY, styleSrc: [...CONTENT_SECURITY_POLICY.styleSrc, ...styleSources] };
  const api = secureHeaders(API);
  const pages = secureHeaders({ ...COMMON, contentSecurityPolicy, crossOriginResourcePolicy: 'same-origin' });
  const embeddable = secureHeaders({ ...COMMON, contentSecurityPolicy, crossOriginResourcePolicy: 'cross-origin' });
  return (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) return api(c, next);
    return isEmbeddable(path) ? embeddable(c, next) : pages(c, next);
  };
}
