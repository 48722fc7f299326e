// The review limits and sorts as plain constants, so the browser can import them without bundling zod.
export const REVIEW_LIMITS = {
  titleMax: 120,
  bodyMin: 20,
  bodyMax: 5000,
  displayNameMax: 60,
  deviceMax: 80,
} as const;

export const REVIEW_SORTS = ['newest', 'oldest', 'highest', 'lowest', 'helpful'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export const LIST_LIMIT_MAX = 50;
