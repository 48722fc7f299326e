// What search engines are told: robots.txt (the public pages are welcome, the console, private manage links
// and the API are not) and a sitemap of the public pages, each company with the date of its newest review.
import type { Store } from '../store';
import { isoTime } from '../iso-time';

const PRIVATE_PATHS = ['/api/', '/moderate', '/manage/'];
const STATIC_PAGES = ['/', '/policy', '/privacy'];

export function robotsTxt(origin: string): string {
  return ['User-agent: *', ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`), '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}

export interface SitemapEntry {
  path: string;
  /** YYYY-MM-DD; left out when unknown. */
  lastmod?: string;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!);

export function sitemapXml(origin: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ path, lastmod }) => {
    const modified = lastmod ? `<lastmod>${lastmod}</lastmod>` : '';
    return `  <url><loc>${escapeXml(origin + path)}</loc>${modified}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

const day = (ms: number) => isoTime(ms).slice(0, 10);

/** The home page and the policies, then every company's page, dated by its newest review (or its creation). */
export async function siteMapEntries(store: Store): Promise<SitemapEntry[]> {
  const companies = await store.listCompanyActivity();
  return [
    ...STATIC_PAGES.map((path) => ({ path })),
    ...companies.map(({ company, newestReviewAt }) => ({
      path: `/companies/${encodeURIComponent(company.slug)}`,
      lastmod: day(newestReviewAt ?? company.createdAt),
    })),
  ];
}
