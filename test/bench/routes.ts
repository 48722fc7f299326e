// The routes `npm run bench` loads: those measured against a baseline at every size (summary, patterns, the
// review list's pages, submissions), and at the largest size every other page, API read and public write, for the p99 bar.
import { addModerator } from '../../server/domain/accounts/manage-moderators';
import { openStore } from '../../server/store-factory';
import { encodeCursor } from '../../server/domain/review-cursor';
import { BENCH_SLUG, type BenchDatabase } from './bench-database';
import type { LoadOptions } from './load';

export interface BenchRoute {
  name: string;
  url: string;
  options: Omit<LoadOptions, 'seconds'>;
  /** Measured for the full time at every size; the others once, at the largest size. */
  measured: boolean;
  baseline: 'hello' | 'moderation';
  /** Least ratio to the baseline; null where only the p99 bar applies. */
  bar: number | null;
  /** The p99 bar in ms, when not the usual 50. */
  p99Bar?: number;
  /** Measured routes of one group share each round's baseline run, which keeps the bench's time down. */
  group?: string;
}

/** The bar for searches: at 10 connections, p99 ≤ 50 ms for a common word and ≤ 10 ms for a rare one (issue 19). */
const SEARCH_CONNECTIONS = 10;
/** What a browser's fetch sends as Accept-Encoding. */
export const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br' };
/** A reason the moderation pipeline gives (the bench's pending reviews carry none: a reason's page and count find none). */
const QUEUE_REASON = 'threat of violence';
/** A code no synthetic review says, in the few reviews the bench publishes before the searches. */
const RARE_CODE = '0x80070005';

/** Reviews that mention RARE_CODE, published through the API like any other. */
async function publishRareReviews(api: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${api}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...clientAddress() },
      body: JSON.stringify({
        rating: 2,
        title: 'Update failed',
        body: `The app update stopped with error ${RARE_CODE} on the living-room TV, attempt ${i + 1} of the evening.`,
        displayName: 'Bench',
        issueType: 'streaming',
        contactMethod: 'in-app-chat',
        billingParty: 'company',
        resolved: 'no',
      }),
    });
    if (!res.ok) throw new Error(`the bench's rare review was refused: ${res.status}`);
  }
}

export interface AdminSession {
  headers: Record<string, string>;
}

const ADMIN = { email: 'bench-admin@example.test', password: 'bench admin passphrase' };

/** An admin account written straight to the database, signed in over HTTP like the console. */
export async function signInAdmin(url: string, database: BenchDatabase): Promise<AdminSession> {
  const store = await openStore({ databasePath: database.path ?? '', databaseUrl: database.url, databasePoolSize: 1 });
  await addModerator(store, null, { ...ADMIN, role: 'admin' }, Date.now());
  await store.close();
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(ADMIN),
  });
  if (!res.ok) throw new Error(`bench admin could not sign in: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('earful_session='))!;
  return { headers: { cookie } };
}

/** A new client address for every request of the run, through the trusted proxy (the bench server trusts 127.0.0.1). */
let clients = 0;
const clientAddress = () => {
  const n = ++clients;
  return { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
};

export async function routeList(url: string, admin: AdminSession, bodies: readonly string[], everything: boolean): Promise<BenchRoute[]> {
  const api = `${url}/api/companies/${BENCH_SLUG}`;
  const firstPage = (await (await fetch(`${api}/reviews?limit=1`)).json()) as { reviews: { id: number }[] };
  const reviewId = firstPage.reviews[0]!.id;
  const filtered = 'issueType=billing&resolved=no&sort=lowest&limit=20';
  const nextOf = async (query: string) =>
    encodeURIComponent(((await (await fetch(`${api}/reviews?${query}`)).json()) as { nextCursor: string }).nextCursor);
  const [second, filteredSecond] = [await nextOf('limit=20'), await nextOf(filtered)];
  // Past every 1- and 2-star review: half-way down the list at any size, where a page must seek, not walk.
  const middle = encodeURIComponent(encodeCursor('lowest', [3, Date.now() + 86_400_000, Number.MAX_SAFE_INTEGER]));
  const json = { 'content-type': 'application/json' };
  const read = (name: string, path: string, headers?: Record<string, string>): BenchRoute => ({
    name,
    url: url + path,
    options: { headers },
    measured: false,
    baseline: 'hello',
    bar: null,
  });
  // The list's readers are browsers (the widget, the company page's script), which always accept compression.
  const list = (name: string, query: string, bar: number | null): BenchRoute => ({
    ...read(name, `/api/companies/${BENCH_SLUG}/reviews?${query}`, BROWSER_ENCODINGS),
    measured: true,
    bar,
    group: 'list',
  });
  const measured: BenchRoute[] = [
    { ...read('GET /api/companies/:slug (summary)', `/api/companies/${BENCH_SLUG}`), measured: true, bar: 0.5 },
    { ...read('GET /api/companies/:slug/patterns', `/api/companies/${BENCH_SLUG}/patterns`), measured: true, bar: 0.35 },
    // Every unfiltered page at ≥ 0.5× hello whatever its limit; filtered ones flat from 10k to 1M (no ratio bar).
    list('GET …/reviews (first page, limit 20)', 'limit=20', 0.5),
    list('GET …/reviews?limit=1', 'limit=1', 0.5),
    list('GET …/reviews?limit=50', 'limit=50', 0.5),
    list('GET …/reviews second page (cursor)', `limit=20&cursor=${second}`, 0.5),
    list('GET …/reviews filtered, by rating', filtered, null),
    list('GET …/reviews filtered, second page', `${filtered}&cursor=${filteredSecond}`, null),
    list('GET …/reviews filtered, from 3 stars', `${filtered}&cursor=${middle}`, null),
    {
      name: 'POST /api/companies/:slug/reviews',
      url: `${api}/reviews`,
      options: { method: 'POST', headers: json, bodies, perRequestHeaders: clientAddress },
      measured: true,
      baseline: 'moderation',
      bar: 0.6,
    },
  ];
  if (!everything) return measured;
  await publishRareReviews(api);
  const search = (name: string, q: string, p99Bar: number): BenchRoute => ({
    ...read(
      `GET …/reviews?q= ${name} (${SEARCH_CONNECTIONS} connections)`,
      `/api/companies/${BENCH_SLUG}/reviews?q=${encodeURIComponent(q)}&limit=20`,
    ),
    options: { connections: SEARCH_CONNECTIONS },
    p99Bar,
  });
  const page = await (await fetch(`${url}/companies/${BENCH_SLUG}`)).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
  return [
    ...measured,
    read('GET /api/companies', '/api/companies'),
    search('common word "refund"', 'refund', 50),
    search('word in 9 of 10 reviews "the"', 'the', 50),
    search(`rare word "${RARE_CODE}"`, RARE_CODE, 10),
    read('GET /api/reviews/:id', `/api/reviews/${reviewId}`),
    read('GET …/:slug/patterns.csv', `/api/companies/${BENCH_SLUG}/patterns.csv`),
    read('GET …/:slug/trend', `/api/companies/${BENCH_SLUG}/trend`),
    read('GET …/:slug/trend.csv', `/api/companies/${BENCH_SLUG}/trend.csv`),
    read('GET …/:slug/guide', `/api/companies/${BENCH_SLUG}/guide`),
    read('GET …/:slug/hints/match', `/api/companies/${BENCH_SLUG}/hints/match?issueType=billing&billingParty=mobile-carrier`),
    read('GET /companies/:slug (page)', `/companies/${BENCH_SLUG}`),
    read('GET / (home page)', '/'),
    read('GET /widget.js', '/widget.js'),
    ...(script ? [read('GET /assets/… (page script)', script)] : []),
    {
      name: 'POST /api/reviews/:id/helpful',
      url: `${url}/api/reviews/${reviewId}/helpful`,
      options: { method: 'POST', headers: json, bodies: ['{}'], perRequestHeaders: clientAddress },
      measured: false,
      baseline: 'hello',
      bar: null,
    },
    // Last: at a million reviews a slow queue backs requests up for seconds after its own run ends. One company's
    // queue and one reason's are what a company's moderator and the reason menu ask for.
    read('GET /api/moderation/queue (admin)', '/api/moderation/queue', admin.headers),
    read('GET /api/moderation/queue?company= (admin)', `/api/moderation/queue?company=${BENCH_SLUG}`, admin.headers),
    read('GET /api/moderation/queue?reason= (admin)', `/api/moderation/queue?reason=${encodeURIComponent(QUEUE_REASON)}`, admin.headers),
  ];
}
