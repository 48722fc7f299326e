// Seeds guides on start: each company that has never had one gets its seed file's guide, checked exactly as an
// admin's edit is; a guide an admin has edited (even to empty) is never overwritten.
import type { Store } from '../store';
import { z } from 'zod';
import { GuideUpdate } from '../../contract/guide';
import { requireCompany } from '../find-company';
import { writeGuide } from './update-guide';

const GuideSeedFile = GuideUpdate.omit({ version: true });

export interface GuideSeed {
  slug: string;
  /** The seed file's content: sections and hints as PUT /api/companies/:slug/guide takes them. */
  guide: unknown;
}

/** How many companies got their guide now. A broken seed file stops the start with every bad field named. */
export async function seedGuides(store: Store, seeds: GuideSeed[], now: number): Promise<number> {
  let added = 0;
  for (const seed of seeds) {
    const parsed = GuideSeedFile.safeParse(seed.guide);
    if (!parsed.success) throw new Error(`Guide seed for ${seed.slug} is invalid:\n${z.prettifyError(parsed.error)}`);
    const company = await requireCompany(store, seed.slug);
    if ((await store.findGuide(company.id)).guide) continue;
    if (await writeGuide(store, company, { version: 0, ...parsed.data }, null, now)) added++;
  }
  return added;
}
