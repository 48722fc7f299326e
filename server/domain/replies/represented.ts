// Which companies an account answers for: a representative's grants; no other role has any.
import type { CompanyRow, Store } from '../store';
import type { SignedInModerator } from '../../contract/auth';
import { AppError } from '../app-error';

export const notYours = () => new AppError('forbidden', "You do not represent this review's company");

export async function representedCompanies(store: Store, by: Pick<SignedInModerator, 'id' | 'role'>): Promise<CompanyRow[]> {
  if (by.role !== 'representative') return [];
  return (await store.listModeratorCompanies(by.id)).map((grant) => grant.company);
}

/** Throws forbidden unless the account represents the company. */
export async function requireRepresentativeOf(store: Store, by: SignedInModerator, companyId: number): Promise<void> {
  if (by.role !== 'representative') throw new AppError('forbidden', 'Only a company representative can reply');
  if (!(await representedCompanies(store, by)).some((company) => company.id === companyId)) throw notYours();
}
