// Checks a whole guide against the company's taxonomy and itself, and works out the rows to store: each
// section's reviewed date, the hints to keep, and what changed (for the audit trail).
import type { GuideReplacement, StoredGuide, TaxonomyRow } from '../store';
import type { FieldErrors } from '../../contract/errors';
import type { GuideUpdate } from '../../contract/guide';
import { invalid } from '../app-error';

export interface GuideChanges {
  added: string[];
  edited: string[];
  removed: string[];
  /** Checked and marked reviewed without a change. */
  reviewed: string[];
  reordered: boolean;
  hintsChanged: boolean;
}

const sortedKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

const known = (taxonomy: readonly TaxonomyRow[], field: string, value: string) =>
  taxonomy.some((t) => t.field === field && t.value === value);

export function planGuide(input: GuideUpdate, taxonomy: readonly TaxonomyRow[], before: StoredGuide, now: number) {
  const fields: FieldErrors = {};
  const anchors = new Map<string, number>();
  const issueOwner = new Map<string, number>();
  input.sections.forEach((section, i) => {
    if (anchors.has(section.anchor)) fields[`sections.${i}.anchor`] = `Section ${anchors.get(section.anchor)} already uses this anchor`;
    else anchors.set(section.anchor, i);
    section.issueTypes.forEach((issueType, j) => {
      if (!known(taxonomy, 'issueType', issueType)) fields[`sections.${i}.issueTypes.${j}`] = 'Unknown issueType value';
      else if (issueOwner.has(issueType))
        fields[`sections.${i}.issueTypes.${j}`] = `Section ${issueOwner.get(issueType)} already covers this issue type`;
      else issueOwner.set(issueType, i);
    });
  });

  const hints: GuideReplacement['hints'] = [];
  if (input.hints) {
    const ids = new Set<string>();
    input.hints.forEach((hint, i) => {
      if (ids.has(hint.id)) fields[`hints.${i}.id`] = 'Another hint already uses this id';
      ids.add(hint.id);
      for (const [field, accepted] of Object.entries(hint.when)) {
        accepted?.forEach((value, j) => {
          if (!known(taxonomy, field, value)) fields[`hints.${i}.when.${field}.${j}`] = `Unknown ${field} value`;
        });
      }
      if (!anchors.has(hint.section)) fields[`hints.${i}.section`] = 'No section has this anchor';
      hints.push({ ruleId: hint.id, conditions: JSON.stringify(hint.when), text: hint.text, sectionAnchor: hint.section });
    });
  } else {
    for (const hint of before.hints) {
      if (!anchors.has(hint.sectionAnchor))
        fields['hints'] = `Hint "${hint.ruleId}" links to section "${hint.sectionAnchor}", which this removes: send the hints too`;
      hints.push({ ruleId: hint.ruleId, conditions: hint.conditions, text: hint.text, sectionAnchor: hint.sectionAnchor });
    }
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);

  const previous = new Map(before.sections.map((s) => [s.anchor, s]));
  const changes: GuideChanges = { added: [], edited: [], removed: [], reviewed: [], reordered: false, hintsChanged: false };
  const sections = input.sections.map((s) => {
    const old = previous.get(s.anchor);
    const issueTypes = JSON.stringify(s.issueTypes);
    const rewritten = !old || old.title !== s.title || old.body !== s.body;
    if (!old) changes.added.push(s.anchor);
    else if (rewritten || old.kind !== s.kind || old.issueTypes !== issueTypes) changes.edited.push(s.anchor);
    else if (s.reviewed) changes.reviewed.push(s.anchor);
    // A section's date says when a person last wrote or checked its words; moving it or retagging it is neither.
    const reviewedAt = rewritten || s.reviewed || !old ? now : old.reviewedAt;
    return { anchor: s.anchor, kind: s.kind, title: s.title, body: s.body, issueTypes, reviewedAt };
  });
  changes.removed = before.sections.filter((s) => !anchors.has(s.anchor)).map((s) => s.anchor);
  const kept = (list: string[]) => list.filter((a) => previous.has(a) && anchors.has(a));
  changes.reordered = kept(input.sections.map((s) => s.anchor)).join() !== kept(before.sections.map((s) => s.anchor)).join();
  // Conditions compared as values, not as stored text: a store may keep a JSON object's keys in its own order.
  const hintKey = (h: GuideReplacement['hints']) =>
    JSON.stringify(h.map((x) => [x.ruleId, sortedKeys(JSON.parse(x.conditions) as Record<string, unknown>), x.text, x.sectionAnchor]));
  changes.hintsChanged = hintKey(hints) !== hintKey(before.hints);

  const next: GuideReplacement = { sections, hints };
  return { next, changes };
}
