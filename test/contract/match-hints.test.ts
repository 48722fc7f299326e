import { describe, expect, it } from 'vitest';
import { loadCompanySeeds } from '../../db/seed/company-seeds';
import { loadGuideSeeds } from '../../db/seed/guide-seeds';
import { GuideUpdate } from '../../server/contract/guide';
import { matchHints, type HintFormAnswers } from '../../server/contract/match-hints';
import { taxonomyNamed } from '../../server/domain/companies/taxonomy-named';

const netflixSeed = loadGuideSeeds().find((s) => s.slug === 'netflix')!;
const { hints } = GuideUpdate.parse({ version: 0, ...(netflixSeed.guide as object) });
const taxonomy = loadCompanySeeds(taxonomyNamed).find((c) => c.slug === 'netflix')!.taxonomy;
const valuesOf = (field: string) => taxonomy.filter((t) => t.field === field).map((t) => t.value);

// Every combination of the answers the example rules could look at, plus "not answered yet".
const answerSets: HintFormAnswers[] = [];
for (const issueType of [undefined, ...valuesOf('issueType')])
  for (const billingParty of [undefined, ...valuesOf('billingParty')])
    for (const contactMethod of [undefined, ...valuesOf('contactMethod')])
      for (const resolved of [undefined, ...valuesOf('resolved')]) answerSets.push({ issueType, billingParty, contactMethod, resolved });

// The issue's three examples, in its own words, independent of how the seed writes them.
const PARTNERS = ['mobile-carrier', 'cable-satellite', 'internet-provider', 'app-store', 'bundle'];
const EXAMPLES = [
  {
    id: 'billed-by-partner',
    section: 'cancellation',
    fires: (a: HintFormAnswers) => PARTNERS.includes(a.billingParty ?? ''),
    says: /through that company/,
  },
  {
    id: 'scam-report',
    section: 'scams',
    fires: (a: HintFormAnswers) => a.issueType === 'scam',
    says: /verification code.*phishing@netflix\.com/,
  },
  {
    id: 'secure-account-first',
    section: 'account-security',
    fires: (a: HintFormAnswers) => a.issueType === 'account-security',
    says: /password and sign out of all devices first/,
  },
];

describe('matchHints with the seeded Netflix rules', () => {
  it('covers every value the answers can take', () => {
    expect(answerSets.length).toBe(12 * 9 * 10 * 5);
    expect(PARTNERS.every((p) => valuesOf('billingParty').includes(p))).toBe(true);
  });

  it.each(EXAMPLES)('fires $id on its answers and on no others', ({ id, section, fires, says }) => {
    const rule = hints!.find((h) => h.id === id)!;
    expect(rule).toMatchObject({ section });
    expect(rule.text).toMatch(says);
    let fired = 0;
    for (const answers of answerSets) {
      const matched = matchHints(hints!, answers).some((h) => h.id === id);
      expect(matched, JSON.stringify(answers)).toBe(fires(answers));
      if (matched) fired++;
    }
    expect(fired).toBeGreaterThan(0);
  });

  it('shows nothing before any question is answered', () => {
    expect(matchHints(hints!, {})).toEqual([]);
  });

  it('gives every rule that matches, in rule order', () => {
    const ids = matchHints(hints!, { issueType: 'account-security', billingParty: 'app-store', resolved: 'no' }).map((h) => h.id);
    expect(ids).toEqual(['billed-by-partner', 'secure-account-first', 'still-unresolved']);
  });
});

describe('matchHints', () => {
  const rules = [
    { id: 'both', when: { issueType: ['billing'], resolved: ['no', 'partly'] } },
    { id: 'either-issue', when: { issueType: ['login', 'account-security'] } },
  ];
  it.each([
    [{ issueType: 'billing', resolved: 'no' }, ['both']],
    [{ issueType: 'billing', resolved: 'partly' }, ['both']],
    [{ issueType: 'billing', resolved: 'yes' }, []],
    [{ issueType: 'billing' }, []],
    [{ resolved: 'no' }, []],
    [{ issueType: 'login' }, ['either-issue']],
    [{ issueType: 'account-security', resolved: 'no' }, ['either-issue']],
    [{ issueType: 'constructor' }, []],
  ] as [HintFormAnswers, string[]][])('needs every named answer and any of its values: %j → %j', (answers, expected) => {
    expect(matchHints(rules, answers).map((r) => r.id)).toEqual(expected);
  });
});
