// What one unit of work does to the maintained figures, added up before anything is written: the one mechanism both
// stores move their figures by, in the change's transaction (docs/decisions.md#maintained-figures).
import { monthKey } from '../server/contract/month-key';
import type { FigureRules, GroupCounts, PatternFacts } from '../server/contract/store/store-rules';

/** The fields of a stored review the figures depend on. */
export interface CountedReview extends PatternFacts {
  id: number;
  status: string;
  /** The moderation record as JSON text: pending reviews count its `reasons`. */
  moderation: string;
}

export interface ModerationEvent {
  companyId: number;
  at: number;
  metric: string;
  reasons?: readonly string[];
}

export type SummaryDelta = {
  companyId: number;
  count: number;
  ratingSum: number;
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  s5: number;
};

/** A published review as the search index holds it. */
export interface SearchEntry {
  id: number;
  companyId: number;
  title: string | null;
  body: string;
}

export type GroupDelta = { companyId: number; dimension: string; value: string } & { [K in keyof GroupCounts]: number };

/** A company's rating summary before its first published review (a summary row's figures, all zero). */
export const EMPTY_SUMMARY = { reviewCount: 0, ratingSum: 0, stars1: 0, stars2: 0, stars3: 0, stars4: 0, stars5: 0 } as const;

/** Counters named by their fields, summed; the key is the fields in the caller's (fixed) order. */
class Sums<F extends object, C extends object> {
  private readonly entries = new Map<string, F & C>();
  /** The counters' names, read once: add and changed run for every phrase of every review. */
  private readonly counters: readonly string[];

  constructor(zero: () => C) {
    this.counters = Object.keys(zero());
  }

  add(fields: F, by: C): void {
    const key = JSON.stringify(Object.values(fields));
    let entry = this.entries.get(key) as Record<string, number> | undefined;
    if (!entry) {
      entry = { ...fields } as Record<string, number>;
      for (const k of this.counters) entry[k] = 0;
      this.entries.set(key, entry as F & C);
    }
    const add = by as Record<string, number>;
    for (const k of this.counters) entry[k]! += add[k]!;
  }

  /** Entries that move something, sorted by key. */
  changed(): (F & C)[] {
    const moved = (entry: F & C) => this.counters.some((k) => (entry as Record<string, unknown>)[k] !== 0);
    return [...this.entries.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, entry]) => entry)
      .filter(moved);
  }
}

const by = () => ({ by: 0 });
const groupZero = (): GroupCounts => ({
  reviewCount: 0,
  ratingSum: 0,
  resolvedYes: 0,
  resolvedPartly: 0,
  nextStepsYes: 0,
  nextStepsAnswered: 0,
  negativeCount: 0,
});

export class FigureChanges {
  private readonly summaries = new Sums<{ companyId: number }, Omit<SummaryDelta, 'companyId'>>(() => ({
    count: 0,
    ratingSum: 0,
    s1: 0,
    s2: 0,
    s3: 0,
    s4: 0,
    s5: 0,
  }));
  private readonly groups = new Sums<{ companyId: number; dimension: string; value: string }, GroupCounts>(groupZero);
  private readonly breakdowns = new Sums<{ companyId: number; breakdown: string; value: string; subValue: string }, { by: number }>(by);
  private readonly phrases = new Sums<{ companyId: number; issueType: string; phrase: string }, { by: number }>(by);
  private readonly queue = new Sums<{ companyId: number }, { pending: number }>(() => ({ pending: 0 }));
  private readonly reasons = new Sums<{ companyId: number; reason: string }, { by: number }>(by);
  private readonly events = new Sums<{ companyId: number; month: string; metric: string }, { by: number }>(by);
  /** The search index holds the published reviews: those that leave it, and those that enter it (after leaving). */
  private readonly searchOut = new Map<number, SearchEntry>();
  private readonly searchIn = new Map<number, SearchEntry>();
  /** Companies whose cached figures this change makes stale. */
  private readonly touched = new Set<number>();

  constructor(private readonly rules: FigureRules) {}

  /** A review leaves the figures as `before` was (null: it is new) and enters them as `after` is (null: erased). */
  review(before: CountedReview | null | undefined, after: CountedReview | null | undefined): this {
    if (before) this.count(before, -1);
    if (after) this.count(after, 1);
    return this;
  }

  /** New reviews: each enters the figures, and counts as submitted (with its reasons) and as published at once or held. */
  newReviews(rows: readonly CountedReview[]): this {
    for (const row of rows) this.review(null, row);
    return this.moderationEvents(
      rows.flatMap((row) => [
        {
          companyId: row.companyId,
          at: row.createdAt,
          metric: 'submitted',
          reasons: (JSON.parse(row.moderation) as { reasons?: string[] }).reasons ?? [],
        },
        { companyId: row.companyId, at: row.createdAt, metric: row.status === 'published' ? 'published_at_once' : 'held' },
      ]),
    );
  }

  /** Moderation events, each reason also counted as metric "reason:<text>". */
  moderationEvents(events: readonly ModerationEvent[]): this {
    for (const { companyId, at, metric, reasons = [] } of events) {
      const month = monthKey(at);
      this.events.add({ companyId, month, metric }, { by: 1 });
      for (const reason of reasons) this.events.add({ companyId, month, metric: `reason:${reason}` }, { by: 1 });
      // Readers see these counts in the company's patterns: a cached copy must not outlive them.
      this.touched.add(companyId);
    }
    return this;
  }

  /** A change cached pages show (a helpful count) that moves no counted figure. */
  touch(companyId: number): this {
    this.touched.add(companyId);
    return this;
  }

  private count(review: CountedReview, sign: 1 | -1): void {
    const { companyId } = review;
    if (review.status === 'published') {
      const { rating } = review;
      this.summaries.add({ companyId }, { count: sign, ratingSum: sign * rating, s1: 0, s2: 0, s3: 0, s4: 0, s5: 0, [`s${rating}`]: sign });
      const counts = this.rules.groupCounts(review);
      const values = this.rules.groupValues(review);
      const signed = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, sign * v])) as Record<keyof GroupCounts, number>;
      for (const dimension of this.rules.dimensions) this.groups.add({ companyId, dimension, value: values[dimension]! }, signed);
      for (const [breakdown, value, subValue] of this.rules.breakdownKeys(review)) {
        this.breakdowns.add({ companyId, breakdown, value, subValue }, { by: sign });
      }
      for (const phrase of this.rules.reviewPhrases(review))
        this.phrases.add({ companyId, issueType: review.issueType, phrase }, { by: sign });
      this.searched(review, sign);
      this.touched.add(companyId);
    } else if (review.status === 'pending') {
      this.queue.add({ companyId }, { pending: sign });
      const reasons = (JSON.parse(review.moderation) as { reasons?: unknown }).reasons;
      if (Array.isArray(reasons)) for (const reason of reasons) this.reasons.add({ companyId, reason: String(reason) }, { by: sign });
    }
  }

  /** A published review leaves or enters the search index; one that leaves and enters unchanged stays as it is. */
  private searched({ id, companyId, title, body }: CountedReview, sign: 1 | -1): void {
    const entry = { id, companyId, title, body };
    if (sign < 0) {
      if (!this.searchIn.delete(id)) this.searchOut.set(id, entry);
      return;
    }
    const out = this.searchOut.get(id);
    if (out && out.companyId === companyId && out.title === title && out.body === body) this.searchOut.delete(id);
    else this.searchIn.set(id, entry);
  }

  /** The sums to write, each list sorted by its key; nothing that would add zero. */
  written() {
    return {
      summaries: this.summaries.changed() as SummaryDelta[],
      groups: this.groups.changed() as GroupDelta[],
      breakdowns: this.breakdowns.changed(),
      /** Phrase rows whose count drops to zero or below are deleted after the write: no review says them any more. */
      phrases: this.phrases.changed(),
      queueCounts: this.queue.changed(),
      queueReasons: this.reasons.changed(),
      moderationCounts: this.events.changed(),
      versions: [...this.touched].sort((a, b) => a - b),
      /** Reviews to take out of the search index as they were indexed, then those to put in (an edited one is in both). */
      searchRemovals: [...this.searchOut.values()].sort((a, b) => a.id - b.id),
      searchAdditions: [...this.searchIn.values()].sort((a, b) => a.id - b.id),
    };
  }
}

export type WrittenFigures = ReturnType<FigureChanges['written']>;
