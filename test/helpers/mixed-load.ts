// Review submissions and reads against a running server until stopped, every answer kept with its timing, so a
// test can say what clients saw while the database was away and which reviews were acknowledged.
import { buildReview } from './fixtures';

const COMPANIES = ['netflix', 'hulu', 'max', 'disney-plus'];
const READS = [
  '/api/companies',
  '/api/companies/netflix',
  '/api/companies/hulu/reviews?sort=newest&limit=10',
  '/api/companies/max/patterns',
  '/sitemap.xml',
];
/** Longer than any answer may take: a request still open after this counts as hung. */
const GIVE_UP_MS = 15_000;

export interface Answer {
  kind: 'write' | 'read';
  path: string;
  /** Date.now() when sent and when the answer (or the failure) came. */
  sentAt: number;
  doneAt: number;
  /** 0: no answer (connection refused or reset, or given up after GIVE_UP_MS). */
  status: number;
  retryAfter: string | null;
  code?: string;
  /** For a 2xx write: the review the server acknowledged, and its title's marker. */
  reviewId?: number;
  marker?: string;
}

export interface MixedLoad {
  answers: Answer[];
  /** Reviews answered 2xx so far. */
  acked(): Answer[];
  /** Stops sending and waits for the requests in flight. */
  stop(): Promise<void>;
}

export function startMixedLoad(url: string, options: { writers: number; readers: number; runId: string }): MixedLoad {
  const answers: Answer[] = [];
  let stopped = false;
  let serial = 0;

  async function send(kind: Answer['kind'], path: string, init: RequestInit = {}, marker?: string): Promise<void> {
    const sentAt = Date.now();
    const answer: Answer = { kind, path, sentAt, doneAt: 0, status: 0, retryAfter: null, marker };
    try {
      const res = await fetch(url + path, { ...init, signal: AbortSignal.timeout(GIVE_UP_MS) });
      const text = await res.text();
      answer.status = res.status;
      answer.retryAfter = res.headers.get('retry-after');
      if (res.headers.get('content-type')?.includes('json')) {
        const body = JSON.parse(text) as { error?: { code?: string }; review?: { id: number } };
        answer.code = body.error?.code;
        if (kind === 'write' && res.ok) answer.reviewId = body.review?.id;
      }
    } catch {
      answer.status = 0;
    }
    answer.doneAt = Date.now();
    answers.push(answer);
    // A refused client waits a little before the next try, as any client would; the loop stays a load, not a spin.
    if (answer.status < 200 || answer.status >= 300) await new Promise((r) => setTimeout(r, 25));
  }

  async function writer() {
    while (!stopped) {
      const n = serial++;
      const marker = `${options.runId}-${n}`;
      const review = buildReview({ rating: (n % 5) + 1, title: `Load ${marker}` });
      await send(
        'write',
        `/api/companies/${COMPANIES[n % COMPANIES.length]}/reviews`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(review) },
        marker,
      );
    }
  }
  async function reader(i: number) {
    for (let n = i; !stopped; n++) await send('read', READS[n % READS.length]!);
  }

  const running = Promise.all([
    ...Array.from({ length: options.writers }, writer),
    ...Array.from({ length: options.readers }, (_, i) => reader(i)),
  ]);
  return {
    answers,
    acked: () => answers.filter((a) => a.reviewId !== undefined),
    stop: async () => {
      stopped = true;
      await running;
    },
  };
}
