// The home page: the ranked companies come with it, so the list shows without asking the API, and as a plain
// list of links for readers without script. Built once for each ranking the cache keeps.
import type { RankedCompany } from '../contract/patterns';
import { listCompanies } from '../domain/find-company';
import { escapeHtml, fillShell, preloadBlock } from './html';
import type { PageAnswer, PageContext } from './page-context';

const built = new WeakMap<readonly RankedCompany[], { shell: string; html: string }>();

export async function homePage({ store, config, shells, cache }: PageContext): Promise<PageAnswer> {
  const shell = shells.get('index');
  if (!shell) return { page: 'index' };
  const companies = await listCompanies(store, 'score', config.patternMinReviews, cache.companyList);
  let page = built.get(companies);
  if (page?.shell !== shell) {
    page = { shell, html: fillShell(shell, { head: preloadBlock({ '/api/companies': { companies } }), intro: companiesHtml(companies) }) };
    built.set(companies, page);
  }
  return { page: 'index', html: page.html };
}

/** The ranked companies as links with their ratings, in the order the page script shows them. */
function companiesHtml(companies: readonly RankedCompany[]): string {
  const items = companies.map(
    (c) =>
      `<li><a href="/companies/${escapeHtml(encodeURIComponent(c.slug))}">${escapeHtml(c.name)}</a> ` +
      `<span class="muted">(${escapeHtml(c.category)})</span>: ${escapeHtml(c.summary.count > 0 ? c.summary.text : 'no reviews yet')}</li>`,
  );
  return `<noscript><h2>Companies</h2>${items.length > 0 ? `<ol class="noscript-companies">${items.join('')}</ol>` : '<p>No companies yet.</p>'}</noscript>`;
}
