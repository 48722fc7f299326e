// Reader verbs: a company's guide, its routing hints, and the hints that match the review form's answers.
import type { Store } from '../../../db/store';
import type { CompanyGuide, CompanyHints, HintAnswers } from '../../contract/guide';
import { matchHints } from '../../contract/match-hints';
import { invalid } from '../app-error';
import { checkTaxonomy } from '../check-taxonomy';
import { requireCompany } from '../find-company';
import { presentGuide, presentHints } from './present-guide';

export async function getGuide(store: Store, slug: string): Promise<CompanyGuide> {
  const company = await requireCompany(store, slug);
  return presentGuide(company, await store.findGuide(company.id));
}

export async function getHints(store: Store, slug: string): Promise<CompanyHints> {
  const company = await requireCompany(store, slug);
  return presentHints(company, await store.findGuide(company.id));
}

export async function matchCompanyHints(store: Store, slug: string, answers: HintAnswers): Promise<CompanyHints> {
  const company = await requireCompany(store, slug);
  const fields = checkTaxonomy(await store.findTaxonomy(company.id), answers);
  if (Object.keys(fields).length > 0) throw invalid(fields);
  const all = presentHints(company, await store.findGuide(company.id));
  return { ...all, hints: matchHints(all.hints, answers) };
}
