// How common a search's words are, from PostgreSQL's own statistics of the search index (pg_stats' most common
// elements of review_search.document, gathered by ANALYZE): whether a search walks the company's newest entries
// or reads its matches from the GIN index is decided here, not by the planner, whose guess for a prefix it has no
// statistics of ("0x8007:*") is a share of the table that sends it walking every entry to find three.
import { sql } from 'drizzle-orm';
import type { PgQuery } from '../connection';
import type { ParsedSearch, SearchTerm } from '../../../server/contract/search-query';

/** The words PostgreSQL counted as most common, with the share of entries holding each. */
export interface WordFrequencies {
  shares: Map<string, number>;
  /** Every word not in `shares` is in fewer entries than this. */
  below: number;
}

const NONE: WordFrequencies = { shares: new Map(), below: 0 };

/** Statistics move only with ANALYZE (autovacuum's, or a copy's or rebuild's): read again at most this often. */
const KEPT_MS = 60_000;

export async function readWordFrequencies(q: PgQuery): Promise<WordFrequencies> {
  const { rows } = await q.execute<{ words: string[] | null; shares: number[] | null }>(
    sql`select most_common_elems::text::text[] as words, most_common_elem_freqs as shares from pg_stats
      where schemaname = current_schema() and tablename = 'review_search' and attname = 'document'`,
  );
  const { words, shares } = rows[0] ?? { words: null, shares: null };
  if (!words || !shares) return NONE;
  // The shares end with their minimum, maximum and the share of empty documents.
  return { shares: new Map(words.map((w, i) => [w, shares[i]!])), below: shares[words.length] ?? 0 };
}

/** The last statistics read, per store: a hint for speed only, so an instance's copy may lag another's. */
export function keptWordFrequencies(now: () => number = Date.now) {
  let kept: { at: number; frequencies: Promise<WordFrequencies> } | null = null;
  return (q: PgQuery): Promise<WordFrequencies> => {
    if (!kept || now() - kept.at > KEPT_MS) {
      const frequencies = readWordFrequencies(q).catch(() => NONE);
      kept = { at: now(), frequencies };
    }
    return kept.frequencies;
  };
}

/** At most the share of entries holding the term: a word's own, a prefix's words together; a phrase's rarest word. */
function termShare(term: SearchTerm, { shares, below }: WordFrequencies): number {
  return Math.min(
    ...term.words.map((word, i) => {
      if (!(term.prefix && i === term.words.length - 1)) return shares.get(word) ?? below;
      let share = 0;
      for (const [w, s] of shares) if (w.startsWith(word)) share += s;
      return Math.min(1, Math.max(share, below));
    }),
  );
}

/**
 * At most the share of entries matching every term: the rarest term's (not their product, since words of one
 * complaint come together, and a guess too low would send common words to the index, the slow way for them).
 */
export const searchShare = (search: ParsedSearch, frequencies: WordFrequencies): number =>
  // Without statistics (a table never analyzed) every word may be common: the walk is the safe guess.
  frequencies.shares.size === 0 ? 1 : Math.min(...search.terms.map((t) => termShare(t, frequencies)));
