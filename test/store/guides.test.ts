// The guide area of the store, on SQLite and on PostgreSQL: a guide read whole and kept while unchanged, replaced
// whole only from the version it was read at (one of two concurrent replacements wins), and another instance's
// change seen within a second.
import { describe, expect, it } from 'vitest';
import { useStore } from '../helpers/test-store';
import { openStore } from '../../server/store-factory';
import type { AuditInput, GuideReplacement } from '../../db/sqlite/store';

const t = useStore();
const NOW = 1_800_000_000_000;

const audit = (action: string, targetId: string): AuditInput => ({
  at: NOW,
  actorId: 1,
  actorEmail: 'a@example.test',
  action,
  targetType: 'guide',
  targetId,
});

async function addCompany(slug: string): Promise<number> {
  const company = await t.store.addCompany({ slug, name: slug, category: 'Telecom', taxonomy: [] }, NOW, (c) =>
    audit('company.add', String(c.id)),
  );
  if (!company) throw new Error('slug taken');
  return company.id;
}

const section = (anchor: string, issueTypes: string[] = []) => ({
  anchor,
  kind: 'problem' as const,
  title: `About ${anchor}`,
  body: `What to do about ${anchor}.`,
  issueTypes: JSON.stringify(issueTypes),
  reviewedAt: NOW,
});
const hint = (ruleId: string, sectionAnchor: string) => ({
  ruleId,
  conditions: JSON.stringify({ issueType: ['billing'] }),
  text: `See ${sectionAnchor}.`,
  sectionAnchor,
});
const guide = (...anchors: string[]): GuideReplacement => ({
  sections: anchors.map((a, i) => section(a, i === 0 ? ['billing', 'scam'] : [])),
  hints: anchors.slice(0, 1).map((a) => hint(`to-${a}`, a)),
});

describe('guides', () => {
  it('reads an empty guide for a company without one', async () => {
    const id = await addCompany('guide-empty');
    expect(await t.store.findGuide(id)).toEqual({ guide: undefined, sections: [], hints: [] });
  });

  it('replaces a guide whole, in the given order, at the next version, with its audit entry', async () => {
    const id = await addCompany('guide-whole');
    const first = await t.store.replaceGuide(id, 0, guide('zeta', 'alpha', 'mid'), NOW + 1, audit('guide.update', 'guide-whole'));
    expect(first).toEqual({
      guide: { companyId: id, version: 1, updatedAt: NOW + 1 },
      sections: [
        { companyId: id, position: 0, ...section('zeta', ['billing', 'scam']) },
        { companyId: id, position: 1, ...section('alpha') },
        { companyId: id, position: 2, ...section('mid') },
      ],
      hints: [{ companyId: id, position: 0, ...hint('to-zeta', 'zeta') }],
    });
    expect(await t.store.findGuide(id)).toEqual(first);

    const second = await t.store.replaceGuide(
      id,
      1,
      { sections: [section('only')], hints: [] },
      NOW + 2,
      audit('guide.update', 'guide-whole'),
    );
    expect(second?.guide).toEqual({ companyId: id, version: 2, updatedAt: NOW + 2 });
    expect(second?.sections.map((s) => s.anchor)).toEqual(['only']);
    expect(second?.hints).toEqual([]);
    expect(await t.store.findGuide(id)).toEqual(second);
    expect(await t.store.listAudit({ action: 'guide.update', targetId: 'guide-whole' }, 10)).toHaveLength(2);
  });

  it('refuses a replacement from a version the guide has left, writing nothing', async () => {
    const id = await addCompany('guide-stale');
    const current = await t.store.replaceGuide(id, 0, guide('a'), NOW, audit('guide.update', 'guide-stale'));
    expect(await t.store.replaceGuide(id, 0, guide('b'), NOW, audit('guide.update', 'guide-stale'))).toBeUndefined();
    expect(await t.store.replaceGuide(id, 2, guide('c'), NOW, audit('guide.update', 'guide-stale'))).toBeUndefined();
    expect(await t.store.findGuide(id)).toEqual(current);
    expect(await t.store.listAudit({ action: 'guide.update', targetId: 'guide-stale' }, 10)).toHaveLength(1);
  });

  it('keeps the same object while the guide is unchanged', async () => {
    const id = await addCompany('guide-kept');
    await t.store.replaceGuide(id, 0, guide('a'), NOW, audit('guide.update', 'guide-kept'));
    const read = await t.store.findGuide(id);
    expect(await t.store.findGuide(id)).toBe(read);
    await t.store.replaceGuide(id, 1, guide('b'), NOW, audit('guide.update', 'guide-kept'));
    const changed = await t.store.findGuide(id);
    expect(changed).not.toBe(read);
    expect(changed.sections.map((s) => s.anchor)).toEqual(['b']);
  });

  it('lets exactly one of two concurrent replacements from the same version through', async () => {
    for (const [slug, from] of [
      ['guide-race-new', 0],
      ['guide-race-old', 1],
    ] as const) {
      const id = await addCompany(slug);
      if (from === 1) await t.store.replaceGuide(id, 0, guide('start'), NOW, audit('guide.update', slug));
      const results = await Promise.all(
        ['left', 'right', 'middle'].map((a) => t.store.replaceGuide(id, from, guide(a, `${a}-2`), NOW + 1, audit('guide.race', slug))),
      );
      const won = results.filter((r) => r !== undefined);
      expect(won).toHaveLength(1);
      expect(won[0]!.guide?.version).toBe(from + 1);
      const stored = await t.store.findGuide(id);
      expect(stored).toEqual(won[0]);
      expect(await t.store.listAudit({ action: 'guide.race', targetId: slug }, 10)).toHaveLength(1);
    }
  });

  it("sees another instance's change within a second", async () => {
    const id = await addCompany('guide-shared');
    await t.store.replaceGuide(id, 0, guide('before'), NOW, audit('guide.update', 'guide-shared'));
    const kept = await t.store.findGuide(id);
    const other = await openStore(t.place.config);
    try {
      expect((await other.findGuide(id)).guide?.version).toBe(1);
      await other.replaceGuide(id, 1, guide('after'), NOW + 1, audit('guide.update', 'guide-shared'));
      const changedAt = performance.now();
      let seen = await t.store.findGuide(id);
      while (seen === kept && performance.now() - changedAt < 1_500) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        seen = await t.store.findGuide(id);
      }
      expect(performance.now() - changedAt).toBeLessThan(1_200);
      expect(seen.guide?.version).toBe(2);
      expect(seen.sections.map((s) => s.anchor)).toEqual(['after']);
    } finally {
      await other.close();
    }
  });
});
