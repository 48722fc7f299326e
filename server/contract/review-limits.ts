// The review limits and sorts as plain constants, so the browser can import them without bundling zod.
import type { TaxonomyField } from './taxonomy';

export const REVIEW_LIMITS = {
  titleMax: 120,
  bodyMin: 20,
  bodyMax: 5000,
  displayNameMax: 60,
  deviceMax: 80,
} as const;

/** Where a review stands: only published reviews are shown to readers or counted. */
export const REVIEW_STATUSES = ['published', 'pending', 'rejected', 'removed'] as const;

/** `relevance` needs a search (`q`), and is the order of a search unless another is asked for. */
export const REVIEW_SORTS = ['newest', 'oldest', 'highest', 'lowest', 'helpful', 'relevance'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** The search box (contract/search-query.ts); `window` and `countBudget` bound a search: docs/decisions.md#review-search. */
export const SEARCH_LIMITS = {
  /** Characters of `q`. */
  length: 200,
  /** Terms looked for; more are ignored. */
  terms: 16,
  /** Words of one phrase; more are ignored. */
  phraseWords: 16,
  /** A search page orders the newest this many matches of its company (then the next this many, and so on). */
  window: 200,
  /** Matches a search's count looks at, the newest; more, and it says it is incomplete (MatchingCount.complete). */
  countBudget: 1000,
} as const;

export const LIST_LIMIT_MAX = 50;

/** What each unanswered question of the review form says, so a message names its question on its own. */
export const CHOICE_PROMPTS = {
  issueType: 'Choose what the problem was',
  contactMethod: 'Choose how you contacted them',
  billingParty: 'Choose who bills you',
  resolved: 'Choose whether it was resolved',
  responseTime: 'Choose how long they took to answer',
  outcome: 'Choose what they did',
} as const satisfies Record<TaxonomyField, string>;

export const UNKNOWN_CHOICE = 'That answer is not one of the choices';

/** The contact method of a customer who did not contact the company: no answers about the contact go with it. */
export const NO_CONTACT = 'did-not-contact';
export const CONTACT_ANSWERS = ['responseTime', 'nextStepsExplained', 'outcome'] as const;
export const asksAboutContact = (contactMethod: string | null | undefined) => contactMethod !== NO_CONTACT;

// Both budgets keep a rare filter from walking a whole company: docs/decisions.md#review-list-budgets.
/** Reviews a filtered count looks at (the newest); a count over more says it is incomplete (MatchingCount.complete). */
export const LIST_COUNT_BUDGET = 20_000;
/** Index entries a filtered page may look at before it says where it stopped (scannedTo). */
export const LIST_SCAN_BUDGET = 5000;
