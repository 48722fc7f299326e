// Reader verbs: a company's guide, its routing hints, and the hints that match the review form's answers.
import type { StoredGuide, Store } from '../store';
import type { CompanyGuide, CompanyHints, HintAnswers } from '../../contract/guide';
import { matchHints } from '../../contract/match-hints';
import { invalid } from '../app-error';
import { checkTaxonomy } from '../check-taxonomy';
import { requireCompany } from '../find-company';
import { presentGuide, presentHints } from './present-guide';

// Parsing a guide's text is most of a guide read; the store hands back the same object while a guide is unchanged.
const presentedGuides = new WeakMap<StoredGuide, CompanyGuide>();
const presentedHints = new WeakMap<StoredGuide, CompanyHints>();

function memo<T>(cache: WeakMap<StoredGuide, T>, stored: StoredGuide, present: () => T): T {
  let value = cache.get(stored);
  if (value === undefined) cache.set(stored, (value = present()));
  return value;
}

export async function getGuide(store: Store, slug: string): Promise<CompanyGuide> {
  const company = await requireCompany(store, slug);
  const stored = await store.findGuide(company.id);
  return memo(presentedGuides, stored, () => presentGuide(company, stored));
}

export async function getHints(store: Store, slug: string): Promise<CompanyHints> {
  const company = await requireCompany(store, slug);
  const stored = await store.findGuide(company.id);
  return memo(presentedHints, stored, () => presentHints(company, stored));
}

export async function matchCompanyHints(store: Store, slug: string, answers: HintAnswers): Promise<CompanyHints> {
  const company = await requireCompany(store, slug);
  const fields = checkTaxonomy(await store.findTaxonomy(company.id), answers);
  if (Object.keys(fields).length > 0) throw invalid(fields);
  const stored = await store.findGuide(company.id);
  const all = memo(presentedHints, stored, () => presentHints(company, stored));
  return { ...all, hints: matchHints(all.hints, answers) };
}
