// Calendar months in UTC as YYYY-MM, the key the counters are kept under.
import { monthKey } from '../../contract/month-key';

export const TREND_MONTHS = 24;
export const TRANSPARENCY_MONTHS = 12;

/** The `count` months ending with the one holding `now`, oldest first. */
export function lastMonths(now: number, count: number): string[] {
  const d = new Date(now);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  return Array.from({ length: count }, (_, i) => monthKey(Date.UTC(year, month - (count - 1 - i), 1)));
}

/** Days in the months from..to (YYYY-MM, inclusive). */
export function daysInMonths(months: readonly string[]): number {
  return months.reduce((days, m) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    return days + new Date(Date.UTC(y, mo, 0)).getUTCDate();
  }, 0);
}
