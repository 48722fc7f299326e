// The median of a company's reply times, read by index walks: the walk reads every published reply's time in order,
// and the few replies whose review was taken down since (read apart) are stepped over, so the median is theirs less.

/** The ranks (0-based) of the median of n values: one when n is odd, the two middle ones when even; none for 0. */
export function medianRanks(n: number): number[] {
  if (n <= 0) return [];
  return n % 2 === 1 ? [(n - 1) / 2] : [n / 2 - 1, n / 2];
}

/**
 * The k-th smallest (0-based) of the walked values less the `excluded` ones (a sub-multiset of them), where
 * `valueAt(i)` reads the i-th smallest walked value. Each step skips past the excluded values at or below the last
 * one read, so it ends within one step more than there are excluded values (most often in one).
 */
export async function kthWithout(k: number, excluded: readonly number[], valueAt: (i: number) => Promise<number>): Promise<number> {
  let skip = 0;
  for (;;) {
    const value = await valueAt(k + skip);
    const atOrBelow = excluded.reduce((n, e) => n + (e <= value ? 1 : 0), 0);
    if (atOrBelow <= skip) return value;
    skip = atOrBelow;
  }
}

/** The median of the walked values less the excluded ones; null when none are left. */
export async function medianWithout(
  walked: number,
  excluded: readonly number[],
  valueAt: (i: number) => Promise<number>,
): Promise<number | null> {
  const ranks = medianRanks(walked - excluded.length);
  if (ranks.length === 0) return null;
  const values = [];
  for (const rank of ranks) values.push(await kthWithout(rank, excluded, valueAt));
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
