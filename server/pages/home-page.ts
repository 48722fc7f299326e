// The home page: the ranked companies come with it, so the list shows without asking the API.
import { listCompanies } from '../domain/find-company';
import { fillShell, preloadBlock } from './html';
import type { PageAnswer, PageContext } from './page-context';

export async function homePage({ store, config, shells, cache }: PageContext): Promise<PageAnswer> {
  const shell = shells.get('index');
  if (!shell) return { page: 'index' };
  const companies = await listCompanies(store, 'score', config.patternMinReviews, cache.companyList);
  return { page: 'index', html: fillShell(shell, { head: preloadBlock({ '/api/companies': { companies } }) }) };
}
