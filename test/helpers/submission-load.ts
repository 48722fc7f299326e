// Many review submissions in flight at once, each with a unique marker in its title, remembering exactly
// which ones the server acknowledged with a 2xx.
import { buildReview } from './fixtures';

const COMPANIES = ['netflix', 'hulu', 'max', 'disney-plus'];

export interface Ack {
  id: number;
  marker: string;
  company: string;
  status: string;
}

export interface LoadResult {
  acked: Ack[];
  /** Requests that failed without an answer (the server died under them). */
  failed: number;
  /** Answers other than 2xx. */
  refused: Record<number, number>;
}

export async function submitMany(
  url: string,
  options: {
    total: number;
    concurrency: number;
    runId: string;
    onAck?: (ack: Ack, ackedSoFar: readonly Ack[]) => void;
    stop?: () => boolean;
  },
): Promise<LoadResult> {
  const result: LoadResult = { acked: [], failed: 0, refused: {} };
  let next = 0;
  async function worker() {
    while (next < options.total && !options.stop?.()) {
      const n = next++;
      const company = COMPANIES[n % COMPANIES.length]!;
      const marker = `${options.runId}-${n}`;
      const review = buildReview({
        rating: (n % 5) + 1,
        title: `Load ${marker}`,
        body: `Submission ${marker}: the agent on chat sorted out my billing problem after ${(n % 40) + 2} minutes.`,
      });
      try {
        const res = await fetch(`${url}/api/companies/${company}/reviews`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(review),
        });
        const body = (await res.json()) as { review?: { id: number; status: string } };
        if (res.ok && body.review) {
          const ack = { id: body.review.id, marker, company, status: body.review.status };
          result.acked.push(ack);
          options.onAck?.(ack, result.acked);
        } else {
          result.refused[res.status] = (result.refused[res.status] ?? 0) + 1;
        }
      } catch {
        result.failed++;
      }
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return result;
}
