// GET /api/companies/:slug/reviews?q=: the search over the real app on either store — with the filters and sorts,
// relevance first by default, the last word a prefix, quoted phrases, error codes moderation keeps; never a held,
// removed or erased review, nor the personal data moderation removed; and a clear 400 for a bad q or sort.
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { insertHeldReview, signInAs } from '../helpers/moderator';
import { storedText } from '../helpers/raw-db';
import { BLNS } from '../hardening/hostile-strings';
import type { ErrorBody } from '../../server/contract/errors';
import type { SubmissionResponse } from '../../server/contract/manage';
import type { ReviewPage } from '../../server/contract/review';

const server = useTestServer();

let serial = 0;
/** A review published at once, its words chosen by the test (each body is new, so none is held as spam). */
async function publish(slug: string, body: string, overrides: Record<string, unknown> = {}) {
  const res = await server.request<SubmissionResponse>(`/api/companies/${slug}/reviews`, {
    method: 'POST',
    json: buildReview({ title: 'A note', body: `${body} (note ${++serial} of this test).`, ...overrides }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.review;
}

const list = async (slug: string, query: string) => {
  const res = await server.request<ReviewPage>(`/api/companies/${slug}/reviews?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const ids = async (slug: string, query: string) => (await list(slug, query)).reviews.map((r) => r.id);
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('GET /api/companies/:slug/reviews?q=', () => {
  it('finds reviews by every word, orders them by relevance, and counts the matches', async () => {
    const once = await publish('netflix', 'They promised a refund for the duplicate charge, nothing came');
    const title = await publish('netflix', 'Still waiting on the refund, the refund never arrived', { title: 'Refund missing' });
    await publish('netflix', 'The duplicate charge was reversed within a day');
    await publish('hulu', 'A refund for the duplicate charge arrived from Hulu');
    const page = await list('netflix', q('refund duplicate'));
    expect(page.reviews.map((r) => r.id)).toEqual([once.id]);
    expect(page.matching).toEqual({ count: 1, complete: true });
    expect((await list('netflix', q('refund'))).reviews.map((r) => r.id).slice(0, 2)).toEqual([title.id, once.id]);
  });

  it('applies the filters and any other sort with the search', async () => {
    const low = await publish('max', 'The lemur channel kept buffering', { rating: 1 });
    const high = await publish('max', 'The lemur channel streamed fine', { rating: 5 });
    expect(await ids('max', `${q('lemur')}&rating=1`)).toEqual([low.id]);
    expect(await ids('max', `${q('lemur')}&sort=highest`)).toEqual([high.id, low.id]);
    expect(await ids('max', `${q('lemur')}&sort=lowest`)).toEqual([low.id, high.id]);
    expect(await ids('max', `${q('lemur')}&issueType=billing&sort=oldest`)).toEqual([low.id, high.id]);
  });

  it('matches the last word as a prefix, a quoted phrase in order, case and accents aside', async () => {
    const review = await publish('netflix', 'The Pelícano app froze on the loading screen every evening');
    expect(await ids('netflix', q('pelicano load'))).toContain(review.id);
    expect(await ids('netflix', q('PELICANO'))).toContain(review.id);
    expect(await ids('netflix', q('load pelicano'))).not.toContain(review.id); // "load" is not the last word
    expect(await ids('netflix', q('"app froze" pelicano'))).toContain(review.id);
    expect(await ids('netflix', q('"froze app" pelicano'))).toEqual([]);
  });

  it('finds error codes and numbers that moderation keeps', async () => {
    const review = await publish('netflix', 'Playback stopped with error E-1234 and later 0x80070005 then code 404 on the TV');
    expect(review.body).toContain('E-1234');
    for (const text of ['E-1234', 'e-1234 playback', '0x80070005', '404', '"error E-1234"', '1234']) {
      expect(await ids('netflix', q(text)), text).toContain(review.id);
    }
  });

  it('never finds the personal data moderation removed, which is not stored', async () => {
    const review = await publish('netflix', 'Call me on 415-555-0134 or write to jordan.pelletier@example.com about the okapi bill');
    expect(review.body).not.toContain('pelletier');
    expect(await ids('netflix', q('okapi'))).toEqual([review.id]);
    for (const text of ['pelletier', 'jordan.pelletier@example.com', '0134', '415-555-0134']) {
      expect(await ids('netflix', q(text)), text).not.toContain(review.id);
    }
  });

  it('never finds a held or removed review, and finds an approved one', async () => {
    const moderator = await signInAs(server);
    const held = await insertHeldReview(server, { company: 'hulu', body: 'The caracal plan was changed without asking me first' });
    expect(await ids('hulu', q('caracal'))).toEqual([]);
    const approve = await moderator.request(`/api/moderation/reviews/${held.id}/decision`, { method: 'POST', json: { action: 'approve' } });
    expect(approve.status).toBe(200);
    expect(await ids('hulu', q('caracal'))).toEqual([held.id]);
    const remove = await moderator.request(`/api/moderation/reviews/${held.id}/decision`, {
      method: 'POST',
      json: { action: 'remove', reason: 'fake' },
    });
    expect(remove.status).toBe(200);
    expect(await ids('hulu', q('caracal'))).toEqual([]);
  });

  it('forgets an erased review at once, its words gone from the database', async () => {
    const review = await publish('peacock', 'The quetzalcoatlus remote kept pairing with the wrong television');
    expect(await ids('peacock', q('quetzalcoatlus'))).toEqual([review.id]);
    const erased = await server.request(`/api/reviews/${review.id}/manage`, {
      method: 'DELETE',
      headers: { 'x-manage-token': review.manageToken },
    });
    expect(erased.status).toBe(204);
    expect(await ids('peacock', q('quetzalcoatlus'))).toEqual([]);
    expect((await storedText(server)).includes('quetzalcoatlus')).toBe(false);
  });

  it('pages a search with its cursors, every match once', async () => {
    const made = new Set<number>();
    for (let i = 0; i < 7; i++) made.add((await publish('paramount-plus', `The tapir subtitle bug ${'tapir '.repeat(i % 3)}again`)).id);
    for (const sort of ['relevance', 'newest', 'oldest', 'helpful']) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: ReviewPage = await list('paramount-plus', `${q('tapir')}&sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.reviews.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.sort(), sort).toEqual([...made].sort());
    }
  });

  it('answers 400 naming q for a search too long or empty, and naming sort for relevance without one', async () => {
    const long = await server.request<ErrorBody>(`/api/companies/netflix/reviews?${q('x'.repeat(201))}`);
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toEqual({ q: 'Search can be at most 200 characters' });
    const empty = await server.request<ErrorBody>(`/api/companies/netflix/reviews?q=%20`);
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields!)).toEqual(['q']);
    const relevance = await server.request<ErrorBody>('/api/companies/netflix/reviews?sort=relevance');
    expect(relevance.status).toBe(400);
    expect(Object.keys(relevance.body.error.fields!)).toEqual(['sort']);
    const plain = await server.request<ReviewPage>(`/api/companies/netflix/reviews?sort=newest&limit=2`);
    const cursor = plain.body.nextCursor!;
    const mixed = await server.request<ErrorBody>(`/api/companies/netflix/reviews?${q('refund')}&sort=newest&cursor=${cursor}`);
    expect(mixed.status).toBe(400);
    expect(Object.keys(mixed.body.error.fields!)).toEqual(['cursor']);
  });

  it('takes any text as a search: operators, emoji and the naughty strings answer 200', async () => {
    const texts = [...BLNS, '-', '*', '"', 'NEAR(', 'AND OR NOT', '🙂🙂', 'a:b', '(x', '^', '-'.repeat(200)];
    for (const text of texts) {
      if (text.trim() === '' || text.trim().length > 200) continue;
      const res = await server.request(`/api/companies/netflix/reviews?${q(text)}&limit=1`);
      expect(res.status, text).toBe(200);
    }
  }, 60_000);
});
