// A shared link to a review that is not published (removed, held, or never there, told apart for no one, so the
// page never tells that a held review exists): still a 404, but one that leads to the company's reviews.
import { getCompanyDetail } from '../domain/find-company';
import { escapeHtml, fillShell } from './html';
import { nullIfNotFound } from './null-if-not-found';
import { NOT_FOUND_PAGE, type PageAnswer, type PageContext } from './page-context';

export async function reviewNotAvailablePage({ store, shells }: PageContext, slug: string): Promise<PageAnswer> {
  const shell = shells.get('not-found');
  const company = await getCompanyDetail(store, slug).catch(nullIfNotFound);
  if (!shell || !company) return NOT_FOUND_PAGE;
  const companyPath = `/companies/${encodeURIComponent(company.slug)}`;
  const intro = [
    '<h1>This review is not available</h1>',
    `<p>${escapeHtml(`It may have been removed by a moderator or by its author, or it is not published. Other customers’ reviews of ${company.name} are still there.`)}</p>`,
    `<p><a class="button primary" href="${escapeHtml(companyPath)}">${escapeHtml(`Read the reviews of ${company.name}`)}</a></p>`,
  ].join('');
  const html = fillShell(shell.replace(/<!--earful:intro-->[\s\S]*<!--earful:intro-end-->/, '<!--earful:intro-->'), {
    head: `<title>${escapeHtml(`Review not available — ${company.name} — Earful`)}</title>`,
    intro,
  });
  return { ...NOT_FOUND_PAGE, html };
}
