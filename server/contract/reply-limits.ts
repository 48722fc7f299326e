// A company reply's limits as plain constants, so the browser can import them without bundling zod.

export const REPLY_LIMITS = { bodyMin: 2, bodyMax: 2000 } as const;

/** The longest reason a moderator may give for a decision on a reply. */
export const REPLY_REASON_MAX = 500;
