// Replaces a company's guide (an admin's edit, or the seed on start), with its audit entry in the same transaction.
import type { CompanyRow, Store } from '../store';
import type { SignedInModerator } from '../../contract/auth';
import type { CompanyGuide, GuideUpdate } from '../../contract/guide';
import { AppError } from '../app-error';
import { requireCompany } from '../find-company';
import { planGuide } from './plan-guide';
import { presentGuide } from './present-guide';

/** Undefined when the guide was no longer at `input.version`. `by` is null for the seed. */
export async function writeGuide(store: Store, company: CompanyRow, input: GuideUpdate, by: SignedInModerator | null, now: number) {
  const before = await store.findGuide(company.id);
  const { next, changes } = planGuide(input, await store.findTaxonomy(company.id), before, now);
  return store.replaceGuide(company.id, input.version, next, now, {
    at: now,
    actorId: by?.id ?? null,
    actorEmail: by?.email ?? null,
    action: by ? 'guide.update' : 'guide.seed',
    targetType: 'guide',
    targetId: company.slug,
    statusBefore: `version ${input.version}`,
    statusAfter: `version ${input.version + 1}`,
    details: { sections: next.sections.length, hints: next.hints.length, ...changes },
  });
}

export async function updateGuide(
  store: Store,
  by: SignedInModerator,
  slug: string,
  input: GuideUpdate,
  now: number,
): Promise<CompanyGuide> {
  const company = await requireCompany(store, slug);
  const stored = await writeGuide(store, company, input, by, now);
  if (!stored) throw new AppError('conflict', 'The guide changed since you loaded it: reload it and make your change again');
  return presentGuide(company, stored);
}
