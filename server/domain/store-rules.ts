// The domain's rules every store is built with: what the pattern figures count, and the review list's sort keys.
import { FIGURE_RULES } from './patterns/figure-rules';
import { REVIEW_SORT_KEYS } from './review-sort-keys';

export const STORE_RULES = { figures: FIGURE_RULES, reviewSortKeys: REVIEW_SORT_KEYS };
