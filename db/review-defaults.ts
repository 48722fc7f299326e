// What a new review row holds where the caller leaves an optional field out: the same on both stores.
export const NEW_REVIEW_DEFAULTS = {
  title: null,
  responseTime: null,
  nextStepsExplained: null,
  outcome: null,
  device: null,
  moderation: '{}',
  riskScore: 0,
  sentimentScore: null,
  sentimentLabel: null,
  clientHash: null,
  bodyHash: null,
  manageTokenHash: null,
  publishedAt: null,
} as const;
