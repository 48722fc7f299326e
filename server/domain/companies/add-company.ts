// Admins (or the command line) add a company readers can then review; its review form comes from a template per
// kind of company, with any question's answers replaced by the admin's own; no reviews and no guide yet.
import type { Store, TaxonomyRow } from '../store';
import { taxonomyNamed } from './taxonomy-named';
import type { SignedInModerator } from '../../contract/auth';
import {
  COMPANY_TEMPLATES,
  REVIEW_FORM_FIELDS,
  type CheckedNewCompany,
  type CompanyTemplateId,
  type CompanyTemplates,
  type ReviewFormChoices,
} from '../../contract/companies';
import type { CompanyDetail } from '../../contract/review';
import { AppError } from '../app-error';
import { getCompanyDetail } from '../find-company';

/** The seed file names the streaming set "default": it was the only one before templates. */
const seedName = (template: CompanyTemplateId) => (template === 'streaming' ? 'default' : template);

/** The template's taxonomy rows with each question the admin answered replaced by their choices. */
export function reviewFormRows(template: CompanyTemplateId, form: ReviewFormChoices = {}): TaxonomyRow[] {
  const rows = taxonomyNamed(seedName(template));
  const own = Object.entries(form).flatMap(([field, choices]) => (choices ?? []).map(({ value, label }) => ({ field, value, label })));
  return [...rows.filter((r) => !(r.field in form && form[r.field as keyof ReviewFormChoices])), ...own];
}

export function listCompanyTemplates(): CompanyTemplates {
  return {
    templates: (Object.keys(COMPANY_TEMPLATES) as CompanyTemplateId[]).map((id) => {
      const rows = reviewFormRows(id);
      const form = Object.fromEntries(
        REVIEW_FORM_FIELDS.map((f) => [f, rows.filter((r) => r.field === f).map(({ value, label }) => ({ value, label }))]),
      ) as CompanyTemplates['templates'][number]['form'];
      return { id, label: COMPANY_TEMPLATES[id], form };
    }),
  };
}

/** `by` is null when the command line adds the company. */
export async function addCompany(
  store: Store,
  by: SignedInModerator | null,
  input: CheckedNewCompany,
  now: number,
): Promise<CompanyDetail> {
  const { template, form, ...company } = input;
  const added = await store.addCompany({ ...company, taxonomy: reviewFormRows(template, form) }, now, (row) => ({
    at: now,
    actorId: by?.id ?? null,
    actorEmail: by?.email ?? null,
    action: 'company.add',
    targetType: 'company',
    targetId: row.id,
    details: {
      slug: row.slug,
      name: row.name,
      category: row.category,
      template,
      ...(form ? { ownAnswers: REVIEW_FORM_FIELDS.filter((f) => form[f]) } : {}),
      via: by ? 'api' : 'command-line',
    },
  }));
  if (!added) throw new AppError('conflict', 'A company with this address already exists', { slug: 'Already in use' });
  return getCompanyDetail(store, added.slug);
}
