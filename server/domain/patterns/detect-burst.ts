// Flags an unusual burst of reviews for a company: far above its usual daily rate, or many from one client.
// Readers see it as a notice on the patterns; moderators see every company's in one list.
import type { Store } from '../store';
import type { BurstNotice, CompanyBurst } from '../../contract/patterns';
import { daysInMonths, lastMonths } from './months';

export const BURST_WINDOW_MS = 24 * 60 * 60 * 1000;
/** "Far above": this many times the usual daily rate… */
export const BURST_FACTOR = 5;
/** …and at least this many in the day, so a quiet company's handful of reviews is no burst. */
export const BURST_MIN_REVIEWS = 20;
/** Reviews of one company from one client address in a day that look like one person posing as many. */
export const BURST_SAME_CLIENT = 5;
/** The usual rate comes from the three calendar months before this one. */
const BASELINE_MONTHS = 3;

export const BURST_MESSAGE =
  'An unusual number of reviews arrived for this company in the last 24 hours. Moderators are looking into it, ' +
  'and the figures below may change.';

export async function detectBurst(store: Store, companyId: number, now: number): Promise<BurstNotice | null> {
  const { total, busiestClient } = await store.countArrivalsSince(companyId, now - BURST_WINDOW_MS);
  if (total < BURST_SAME_CLIENT) return null;
  const months = lastMonths(now, BASELINE_MONTHS + 1);
  const baseline = months.slice(0, BASELINE_MONTHS);
  const submitted = await store.countSubmittedBetween(companyId, baseline[0]!, months[BASELINE_MONTHS]!);
  const usualDailyRate = Math.round((submitted / daysInMonths(baseline)) * 10) / 10;
  const farAboveUsual = total >= BURST_MIN_REVIEWS && total >= BURST_FACTOR * usualDailyRate;
  if (!farAboveUsual && busiestClient < BURST_SAME_CLIENT) return null;
  return { kind: 'burst', message: BURST_MESSAGE, reviewsLastDay: total, usualDailyRate, fromOneClient: busiestClient };
}

/** Every company with a burst now, for the moderators' view. */
export async function listBursts(store: Store, now: number) {
  const bursts: CompanyBurst[] = [];
  for (const { company } of await store.listCompaniesWithSummaries()) {
    const notice = await detectBurst(store, company.id, now);
    if (notice) bursts.push({ company: { slug: company.slug, name: company.name }, notice });
  }
  return bursts;
}
