// Shares with their 95% Wilson score interval: honest about small groups, never outside 0–1.
import type { Rate } from '../../contract/patterns';

const Z = 1.959964; // two-sided 95%

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function wilsonRate(count: number, of: number): Rate {
  if (of <= 0) return { count, of, rate: 0, low: 0, high: 0 };
  const p = count / of;
  const z2 = Z * Z;
  const denominator = 1 + z2 / of;
  const centre = (p + z2 / (2 * of)) / denominator;
  const half = (Z * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of * of))) / denominator;
  return { count, of, rate: round3(p), low: round3(Math.max(0, centre - half)), high: round3(Math.min(1, centre + half)) };
}
