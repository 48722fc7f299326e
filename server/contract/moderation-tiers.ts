// The moderator queue's tiers, apart from the rest of the contract so the database schema can compute them.
/**
 * Pipeline reasons that mean heavy language (mask-profanity's and hold-threats' holds); the queue puts them
 * right after reviews in which personal data was found.
 */
export const HEAVY_LANGUAGE_REASONS = ['slur', 'threat of violence', 'very heavy swearing'] as const;

/** Queue tiers, highest first: the queue sorts by tier, then risk score, then reports, then age. */
export const QUEUE_TIERS = { personalData: 3, heavyLanguage: 2, spamSignals: 1, readerReports: 0 } as const;

/**
 * What open reader reports add to a review's risk in the queue: the gravest report's weight (an offensive or
 * threatening review outranks a pipeline threat on its own, as readers can see it), plus one per further report.
 */
export const REPORT_RISK = { offensive: 8, 'personal-information': 6, fake: 3, spam: 3, other: 1 } as const;
export const FURTHER_REPORTS_RISK_MAX = 3;
