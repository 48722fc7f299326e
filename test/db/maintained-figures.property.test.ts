// Every maintained figure equals a from-scratch recomputation over the reviews table after every step of
// random sequences of submissions, holds, approvals, edits, removals, restores and erasures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDatabase, type Connection } from '../../db/sqlite/connection';
import { createSqliteStore, type Store, type ReviewStatus } from '../../db/sqlite/store';
import { loadCompanySeeds } from '../../db/seed/company-seeds';
import { reviewSentiment } from '../../server/domain/patterns/sentiment';
import { extractPhrases } from '../../server/domain/patterns/phrases';
import { taxonomyNamed } from '../../server/domain/companies/taxonomy-named';
import { STORE_RULES } from '../../server/domain/store-rules';

const MONTH = `strftime('%Y-%m', created_at / 1000, 'unixepoch')`;
const COUNTS = `count(*) as review_count, sum(rating) as rating_sum, sum(resolved = 'yes') as resolved_yes,
  sum(resolved = 'partly') as resolved_partly, sum(next_steps_explained is 1) as next_steps_yes,
  sum(next_steps_explained is not null) as next_steps_answered, sum(sentiment_label is 'negative') as negative_count`;

/** The figures as they should be, straight from the published reviews. */
const RECOMPUTE = {
  summaries: `select c.id as company_id, count(r.id) as review_count, coalesce(sum(r.rating), 0) as rating_sum,
      coalesce(sum(r.rating = 1), 0) as stars_1, coalesce(sum(r.rating = 2), 0) as stars_2, coalesce(sum(r.rating = 3), 0) as stars_3,
      coalesce(sum(r.rating = 4), 0) as stars_4, coalesce(sum(r.rating = 5), 0) as stars_5
    from companies c left join reviews r on r.company_id = c.id and r.status = 'published' group by c.id`,
  groups: [
    'all',
    `''`,
    'issueType',
    'issue_type',
    'contactMethod',
    'contact_method',
    'billingParty',
    'billing_party',
    'month',
    MONTH,
    'sentiment',
    `coalesce(sentiment_label, 'unscored')`,
  ]
    .reduce<string[]>(
      (parts, _, i, a) =>
        i % 2
          ? parts
          : [
              ...parts,
              `select company_id, '${a[i]}' as dimension, ${a[i + 1]} as value, ${COUNTS} from reviews where status = 'published' group by 1, 3`,
            ],
      [],
    )
    .join(' union all '),
  breakdowns: [
    `select company_id, 'issueType:outcome' as breakdown, issue_type as value, outcome as sub_value, count(*) as count from reviews where status = 'published' and outcome is not null group by 1, 3, 4`,
    `select company_id, 'contactMethod:responseTime', contact_method, response_time, count(*) from reviews where status = 'published' and response_time is not null group by 1, 3, 4`,
    `select company_id, 'month:issueType', ${MONTH}, issue_type, count(*) from reviews where status = 'published' group by 1, 3, 4`,
  ].join(' union all '),
  queueReasons: `select company_id, r.value, count(*) from reviews, json_each(reviews.moderation, '$.reasons') r
    where status = 'pending' group by 1, 2`,
  queueCounts: `select company_id, count(*) from reviews where status = 'pending' group by 1`,
};

const MAINTAINED = {
  summaries: 'select * from company_summaries',
  groups: `select company_id, dimension, value, review_count, rating_sum, resolved_yes, resolved_partly, next_steps_yes, next_steps_answered, negative_count
    from pattern_groups where review_count <> 0 or rating_sum <> 0 or resolved_yes <> 0 or resolved_partly <> 0 or next_steps_yes <> 0 or next_steps_answered <> 0 or negative_count <> 0`,
  breakdowns: 'select company_id, breakdown, value, sub_value, count from pattern_breakdowns where count <> 0',
  queueReasons: 'select company_id, reason, count from queue_reason_counts where count <> 0',
  queueCounts: 'select company_id, pending from queue_counts where pending <> 0',
};

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(Object.values(r as object))).sort();

/** Phrases need the tokeniser: the published texts come from SQL, the counting from the same pure function. */
function recomputedPhrases(conn: Connection) {
  const counts = new Map<string, number>();
  const rows = conn.sqlite.prepare(`select company_id, issue_type, title, body from reviews where status = 'published'`).all() as {
    company_id: number;
    issue_type: string;
    title: string | null;
    body: string;
  }[];
  for (const r of rows) {
    for (const phrase of extractPhrases(r.title ? `${r.title}. ${r.body}` : r.body)) {
      const key = JSON.stringify([r.company_id, r.issue_type, phrase]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, n]) => JSON.stringify([...JSON.parse(key), n])).sort();
}

function expectFiguresMatch(conn: Connection) {
  for (const name of ['summaries', 'groups', 'breakdowns', 'queueReasons', 'queueCounts'] as const) {
    expect(sorted(conn.sqlite.prepare(MAINTAINED[name]).all()), name).toEqual(sorted(conn.sqlite.prepare(RECOMPUTE[name]).all()));
  }
  expect(sorted(conn.sqlite.prepare('select company_id, issue_type, phrase, count from pattern_phrases').all()), 'phrases').toEqual(
    recomputedPhrases(conn),
  );
}

const WORDS = [
  'charged',
  'twice',
  'refund',
  'agent',
  'helpful',
  'not',
  'working',
  'the',
  'app',
  'froze',
  'error',
  'code',
  'rude',
  'great',
  '[phone number removed]',
  'f—',
  '.',
  'billing',
  'chat',
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 }).map((w) => w.join(' '));
const answers = {
  rating: fc.integer({ min: 1, max: 5 }),
  title: fc.option(text, { nil: null }),
  body: text,
  issueType: fc.constantFrom('billing', 'login', 'streaming'),
  contactMethod: fc.constantFrom('phone', 'email', 'in-app-chat'),
  billingParty: fc.constantFrom('company', 'app-store'),
  responseTime: fc.option(fc.constantFrom('under-5-min', 'over-a-day'), { nil: null }),
  nextStepsExplained: fc.option(fc.boolean(), { nil: null }),
  outcome: fc.option(fc.constantFrom('refund', 'no-action'), { nil: null }),
  resolved: fc.constantFrom('yes', 'partly', 'no', 'waiting'),
  // The record's reasons feed the queue's reason counts; a reason may repeat.
  moderation: fc
    .array(fc.constantFrom('link in text', 'shouting', 'same text already submitted for this company'), { maxLength: 3 })
    .map((reasons) => JSON.stringify({ redactions: {}, masked: 0, reasons, decision: reasons.length ? 'hold' : 'publish' })),
};
const pick = fc.nat();
const submission = { company: fc.nat({ max: 2 }), monthsAgo: fc.nat({ max: 30 }), held: fc.boolean(), ...answers };
type Submission = { [K in keyof typeof submission]: (typeof submission)[K] extends fc.Arbitrary<infer T> ? T : never };
const step = fc.oneof(
  fc.record({ op: fc.constant('submit' as const), ...submission }),
  // Submissions of one moment, written by one group commit; a refused one must leave no trace in the figures.
  fc.record({
    op: fc.constant('submit-together' as const),
    submissions: fc.array(fc.record({ ...submission, refused: fc.boolean() }), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    op: fc.constantFrom('hold' as const, 'approve' as const, 'reject' as const, 'remove' as const, 'restore' as const, 'erase' as const),
    pick,
  }),
  fc.record({ op: fc.constant('edit' as const), pick, patch: fc.record(answers, { requiredKeys: [] }) }),
);

const NOW = Date.UTC(2026, 5, 15);
const MOVES: Record<string, [ReviewStatus, ReviewStatus]> = {
  hold: ['published', 'pending'],
  approve: ['pending', 'published'],
  reject: ['pending', 'rejected'],
  remove: ['published', 'removed'],
  restore: ['removed', 'published'],
};

let dir: string;
let conn: Connection;
let store: Store;
let companyIds: number[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'earful-figures-'));
  conn = openDatabase(join(dir, 'earful.db'));
  store = createSqliteStore(conn, STORE_RULES);
  await store.seedCompanies(loadCompanySeeds(taxonomyNamed), NOW);
  companyIds = (await store.listCompaniesWithSummaries()).slice(0, 3).map((c) => c.company.id);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function newRow({ company, monthsAgo, held, ...fields }: Submission) {
  const createdAt = NOW - monthsAgo * 30 * 86_400_000;
  return {
    ...fields,
    ...reviewSentiment(fields.title, fields.body, fields.rating),
    companyId: companyIds[company]!,
    displayName: 'Sam',
    status: held ? ('pending' as const) : ('published' as const),
    createdAt,
    updatedAt: createdAt,
  };
}

describe('maintained figures', () => {
  it('equal a recomputation from the reviews table after every step of any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        conn.sqlite.exec('delete from reviews');
        await store.rebuildAggregates();
        const ids: number[] = [];
        for (const s of steps) {
          const id = ids.length > 0 && 'pick' in s ? ids[s.pick % ids.length]! : undefined;
          if (s.op === 'submit') {
            const { op, ...submitted } = s;
            ids.push((await store.insertReview(newRow(submitted))).id);
          } else if (s.op === 'submit-together') {
            const results = await Promise.allSettled(
              s.submissions.map(({ refused, ...submitted }) =>
                store.insertCheckedReview({ companyId: companyIds[submitted.company]!, bodyHash: 'h' }, () => {
                  if (refused) throw new Error('refused');
                  return newRow(submitted);
                }),
              ),
            );
            for (const r of results) if (r.status === 'fulfilled') ids.push(r.value.id);
            expect(results.filter((r) => r.status === 'rejected')).toHaveLength(s.submissions.filter((x) => x.refused).length);
          } else if (id !== undefined && s.op === 'edit') {
            const before = await store.findReviewById(id);
            if (before) {
              const after = { ...before, ...s.patch };
              await store.reviseReview(id, before.status, { ...s.patch, ...reviewSentiment(after.title, after.body, after.rating) }, NOW);
            }
          } else if (id !== undefined && s.op === 'erase') {
            await store.eraseReview(id);
          } else if (id !== undefined && s.op in MOVES) {
            const [from, to] = MOVES[s.op]!;
            // Approvals go through reviseReview, as a moderator's decision does; the rest change only the status.
            if (s.op === 'approve') await store.reviseReview(id, from, { status: to }, NOW);
            else await store.changeReviewStatus(id, from, to, NOW);
          }
          expectFiguresMatch(conn);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('are rebuilt exactly by rebuildAggregates after they were damaged', async () => {
    conn.sqlite.exec('delete from reviews');
    await store.rebuildAggregates();
    for (let i = 0; i < 12; i++) {
      const body = i % 2 ? 'The agent was rude and the refund never came.' : 'Charged twice, refund came quickly, helpful agent.';
      await store.insertReview({
        companyId: companyIds[i % 3]!,
        rating: (i % 5) + 1,
        body,
        displayName: 'Sam',
        issueType: 'billing',
        contactMethod: 'phone',
        billingParty: 'company',
        resolved: 'yes',
        status: 'published',
        createdAt: NOW,
        updatedAt: NOW,
        ...reviewSentiment(null, body, (i % 5) + 1),
      });
    }
    conn.sqlite.exec(`update pattern_groups set review_count = review_count + 7; delete from pattern_phrases where rowid % 2 = 0;
      update company_summaries set rating_sum = 0`);
    expect(() => expectFiguresMatch(conn)).toThrow();
    await store.rebuildAggregates();
    expectFiguresMatch(conn);
  });
});
