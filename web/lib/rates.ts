// Percentages as readers read them, with the 95% interval the API gives.
import type { Rate } from '../../server/contract/patterns';

export const pct = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** "45% (30–60%)" */
export const rateWithRange = (r: Rate) => `${pct(r.rate)} (${pct(r.low)}–${pct(r.high)})`;

/** The API's lower-case message as a sentence. */
export const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
