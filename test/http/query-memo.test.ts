// A query string's valid reading is kept and shared by the requests that send it again; the answers must not
// change for it: the same page, the same 400 naming the field, whatever was asked in between.
import { Hono } from 'hono';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import { validQuery } from '../../server/http/validate';
import { errorResponse } from '../../server/http/errors';
import { AppError } from '../../server/domain/app-error';
import type { ErrorBody } from '../../server/contract/errors';
import type { ReviewPage } from '../../server/contract/review';
import { reviewerOf } from '../helpers/reviewer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const reviewer = reviewerOf(server);
  for (let i = 0; i < 3; i++) await reviewer.submit('netflix');
});
afterAll(async () => {
  await server.stop();
  server.remove();
});

const list = <T = ReviewPage>(query: string) => server.request<T>(`/api/companies/netflix/reviews${query}`);

describe('a review list query asked again', () => {
  it('answers the same page every time, and a different query its own', async () => {
    const first = (await list('?limit=2')).body;
    const again = (await list('?limit=2')).body;
    const other = (await list('?limit=1')).body;
    expect(first.reviews).toHaveLength(2);
    expect(again).toEqual(first);
    expect(other.reviews).toHaveLength(1);
  });

  it('is refused with the field named every time it is asked', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await list<ErrorBody>('?limit=abc');
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty('limit');
    }
    expect((await list('?limit=2')).status).toBe(200);
  });

  it('still reads each query right after more distinct queries than are kept', async () => {
    // 1,100 distinct spellings of valid queries: limit=7, limit=07, limit=007…
    for (let i = 0; i < 1_100; i++) {
      const limit = (i % 50) + 1;
      const page = (await list(`?limit=${'0'.repeat(Math.floor(i / 50))}${limit}`)).body;
      expect(page.reviews).toHaveLength(Math.min(limit, 3));
    }
    expect((await list('?limit=3')).body.reviews).toHaveLength(3);
  });
});

describe('validQuery', () => {
  it('reads a query string once, and hands every request that sends it the same frozen reading', async () => {
    let reads = 0;
    const seen: unknown[] = [];
    const app = new Hono()
      .get('/', validQuery(z.object({ n: z.coerce.number().int() }).transform((q) => ({ ...q, read: ++reads }))), (c) => {
        seen.push(c.req.valid('query'));
        return c.json(c.req.valid('query'));
      })
      .onError((error, c) => (error instanceof AppError ? errorResponse(c, error.code, error.message, error.fields) : c.text('', 500)));
    expect(await (await app.request('/?n=1')).json()).toEqual({ n: 1, read: 1 });
    expect(await (await app.request('/?n=1')).json()).toEqual({ n: 1, read: 1 });
    expect(await (await app.request('/?n=2')).json()).toEqual({ n: 2, read: 2 });
    expect((await app.request('/?n=x')).status).toBe(400);
    expect((await app.request('/?n=x')).status).toBe(400);
    expect(seen[0]).toBe(seen[1]);
    expect(Object.isFrozen(seen[0])).toBe(true);
  });
});
