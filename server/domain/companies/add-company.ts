// Admins (or the command line) add a company readers can then review; it starts with the default taxonomy,
// no reviews and no guide.
import type { Store } from '../../../db/store';
import { taxonomyNamed } from '../../../db/seed/company-seeds';
import type { SignedInModerator } from '../../contract/auth';
import type { NewCompany } from '../../contract/companies';
import type { CompanyDetail } from '../../contract/review';
import { AppError } from '../app-error';
import { getCompanyDetail } from '../find-company';

/** `by` is null when the command line adds the company. */
export async function addCompany(store: Store, by: SignedInModerator | null, input: NewCompany, now: number): Promise<CompanyDetail> {
  const added = await store.addCompany({ ...input, taxonomy: taxonomyNamed() }, now, (company) => ({
    at: now,
    actorId: by?.id ?? null,
    actorEmail: by?.email ?? null,
    action: 'company.add',
    targetType: 'company',
    targetId: company.id,
    details: { slug: company.slug, name: company.name, category: company.category, via: by ? 'api' : 'command-line' },
  }));
  if (!added) throw new AppError('conflict', 'A company with this address already exists', { slug: 'Already in use' });
  return getCompanyDetail(store, added.slug);
}
