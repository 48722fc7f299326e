// The built page shells (web/dist/*.html), read once when the app is built: a page module fills its own, the
// others are sent as they were built.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

/** One per HTML entry of the front end (PAGE_ENTRIES in web/build/earful-pages.ts). */
export const PAGE_NAMES = ['index', 'company', 'review', 'moderate', 'policy', 'privacy', 'manage', 'not-found'] as const;
export type PageName = (typeof PAGE_NAMES)[number];
export type PageShells = ReadonlyMap<PageName, string>;

/** The shells found under webRoot; a missing one is answered 503 (the front end is not built). */
export function readPageShells(webRoot: string): PageShells {
  const shells = new Map<PageName, string>();
  for (const name of PAGE_NAMES) {
    const path = join(webRoot, `${name}.html`);
    if (existsSync(path)) shells.set(name, readFileSync(path, 'utf8'));
  }
  return shells;
}

/** The CSP sources for the shells' inline <style> blocks (the site stylesheet, inlined by the build): one hash each. */
export function inlineStyleSources(shells: PageShells): string[] {
  const sources = new Set<string>();
  for (const html of shells.values()) {
    for (const [, css] of html.matchAll(/<style>([^<]*)<\/style>/g)) {
      sources.add(`'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
    }
  }
  return [...sources];
}
