// The moderator queue's tiers, apart from the rest of the contract so the database schema can compute them.
/**
 * Pipeline reasons that mean heavy language (mask-profanity's holds); the queue puts them right after
 * reviews in which personal data was found.
 */
export const HEAVY_LANGUAGE_REASONS = ['slur', 'threat of violence', 'very heavy swearing'] as const;

/** Queue tiers, highest first: the queue sorts by tier, then risk score, then reports, then age. */
export const QUEUE_TIERS = { personalData: 3, heavyLanguage: 2, spamSignals: 1, readerReports: 0 } as const;
