// Companies' taxonomies for views that show reviews of many companies (the moderator queue): fetched once per
// company and page load, so answers show by their labels rather than their slugs.
import type { Taxonomy } from '../../server/contract/taxonomy';
import { api } from '../api/api-client';

const taxonomies = new Map<string, Promise<Taxonomy | null>>();

/** The company's taxonomy; null when it cannot be read (the answers then show as stored). */
export function taxonomyOf(slug: string): Promise<Taxonomy | null> {
  let found = taxonomies.get(slug);
  if (!found) {
    found = api.getCompany(slug).then(
      (company) => company.taxonomy,
      () => {
        taxonomies.delete(slug);
        return null;
      },
    );
    taxonomies.set(slug, found);
  }
  return found;
}
