// Reads the seed guides: one JSON file per company slug under guides/, bodies written as arrays of lines.
import { readdirSync, readFileSync } from 'node:fs';

const GUIDES = new URL('./guides/', import.meta.url);

type SeedSection = { body: string | string[] } & Record<string, unknown>;

/** Checked by seedGuides, which names every bad field. */
export function loadGuideSeeds(): { slug: string; guide: unknown }[] {
  return readdirSync(GUIDES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = JSON.parse(readFileSync(new URL(name, GUIDES), 'utf8')) as { sections?: SeedSection[] };
      const sections = file.sections?.map((s) => ({ ...s, body: Array.isArray(s.body) ? s.body.join('\n') : s.body }));
      return { slug: name.slice(0, -'.json'.length), guide: { ...file, sections } };
    });
}
