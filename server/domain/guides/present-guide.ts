// Maps a stored guide to what readers and the review form get: sections with their parsed blocks, the issue
// type → section map, and the hint rules with the titles of the sections they link to.
import type { CompanyRow, StoredGuide } from '../store';
import type { CompanyGuide, CompanyHints, GuideSection, HintCondition } from '../../contract/guide';
import { parseGuideText } from '../../contract/guide-text';
import { isoTime } from '../iso-time';

export function presentGuide(company: CompanyRow, stored: StoredGuide): CompanyGuide {
  const sections: GuideSection[] = stored.sections.map((s) => ({
    anchor: s.anchor,
    kind: s.kind,
    title: s.title,
    body: s.body,
    blocks: parseGuideText(s.body),
    issueTypes: JSON.parse(s.issueTypes) as string[],
    reviewedAt: isoTime(s.reviewedAt),
  }));
  const issueTypeSections: Record<string, string> = {};
  for (const section of sections) for (const issueType of section.issueTypes) issueTypeSections[issueType] ??= section.anchor;
  const empty = sections.length === 0;
  return {
    company: { slug: company.slug, name: company.name },
    version: stored.guide?.version ?? 0,
    empty,
    message: empty
      ? `Earful has no guide for ${company.name} yet. Until it has one, reach ${company.name} through its official website or app, not a phone number found elsewhere.`
      : null,
    updatedAt: stored.guide ? isoTime(stored.guide.updatedAt) : null,
    sections,
    issueTypeSections,
  };
}

export function presentHints(company: CompanyRow, stored: StoredGuide): CompanyHints {
  const titles = new Map(stored.sections.map((s) => [s.anchor, s.title]));
  return {
    company: company.slug,
    hints: stored.hints.map((h) => ({
      id: h.ruleId,
      when: JSON.parse(h.conditions) as HintCondition,
      text: h.text,
      section: h.sectionAnchor,
      sectionTitle: titles.get(h.sectionAnchor) ?? '',
    })),
  };
}
