// The HTML the server sends, before any script runs: each page's shell; the company page and a review's own
// page with their title, description, canonical URL, JSON-LD and first data, all escaped; no inline script
// anywhere; no page for a review readers may not see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import type { GuideSection } from '../../server/contract/guide';
import type { SessionResponse } from '../../server/contract/auth';
import type { ReviewPage, ReviewResponse } from '../../server/contract/review';
import { postReview } from '../helpers/site';
import { createModerator, insertHeldReview, sessionCookieFrom } from '../helpers/moderator';

let server: TestServer;
const HOSTILE_NAME = 'Sam "</script><!-- & co';
let charged: { id: number };

beforeAll(async () => {
  server = await startTestServer({ writeRateLimit: 0, publicOrigin: 'https://reviews.example.com' }, { webRoot: inject('webRoot') });
  await postReview(server, 'netflix', { rating: 4, title: 'Fine </script> in the end', displayName: HOSTILE_NAME });
  charged = await postReview(server, 'netflix', { rating: 2, title: 'Charged twice' });
});

afterAll(async () => {
  await server.stop();
  server.remove();
});

const html = async (path: string) => {
  const res = await fetch(server.url + path);
  return { status: res.status, text: await res.text(), headers: res.headers };
};

/** Every <script> either loads a file or holds data: a strict CSP (no inline script) breaks nothing. */
function inlineScripts(text: string): string[] {
  return [...text.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => !/\bsrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs));
}

const dataBlock = (text: string, type: string) => {
  const match = new RegExp(`<script type="${type.replace('+', '\\+')}"[^>]*>([\\s\\S]*?)</script>`).exec(text);
  return match ? JSON.parse(match[1]!) : null;
};

describe('company page HTML', () => {
  it('carries its title, description and canonical URL', async () => {
    const { status, text, headers } = await html('/companies/netflix');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/html');
    expect(text).toContain('<title>Netflix customer service reviews — Earful</title>');
    expect(text.match(/<title>/g)).toHaveLength(1);
    expect(text).toContain('<meta name="description" content="Netflix customer service: 3 out of 5 stars (based on 2 reviews). ');
    expect(text).toContain('<link rel="canonical" href="https://reviews.example.com/companies/netflix" />');
    expect(text).toContain('<h1>Netflix customer service reviews</h1>');
  });

  it('carries schema.org JSON-LD that no review text can break out of', async () => {
    const { text } = await html('/companies/netflix');
    const ld = dataBlock(text, 'application/ld+json');
    expect(ld).toMatchObject({
      '@type': 'Organization',
      name: 'Netflix',
      url: 'https://reviews.example.com/companies/netflix',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 3, reviewCount: 2 },
    });
    const names = ld.review.map((r: { author: { name: string } }) => r.author.name);
    const stored = (await server.request<ReviewPage>('/api/companies/netflix/reviews')).body.reviews.map(
      (r: { displayName: string }) => r.displayName,
    );
    expect(names.sort()).toEqual(stored.sort());
    // The only "</script" in the page are the elements' own ends.
    expect(text.match(/<\/script/gi)?.length).toBe(text.match(/<script/gi)?.length);
    expect(text).not.toContain('<!-- &');
  });

  it('carries the first data the page needs, so it renders without a round trip', async () => {
    const { text } = await html('/companies/netflix');
    const preload = dataBlock(text, 'application/json');
    expect(Object.keys(preload).sort()).toEqual([
      '/api/companies/netflix',
      '/api/companies/netflix/guide',
      '/api/companies/netflix/patterns',
      '/api/companies/netflix/reviews?sort=newest&limit=10',
    ]);
    expect(preload['/api/companies/netflix/reviews?sort=newest&limit=10']).toEqual(
      (await server.request('/api/companies/netflix/reviews?sort=newest&limit=10')).body,
    );
    expect(preload['/api/companies/netflix']).toEqual((await server.request('/api/companies/netflix')).body);
  });

  it('shows a new review, a helpful vote and a guide change on the very next request', async () => {
    const first = '/api/companies/netflix/reviews?sort=newest&limit=10';
    const preloaded = async () => dataBlock((await html('/companies/netflix')).text, 'application/json');
    const before = await preloaded();
    expect(await preloaded()).toEqual(before);

    const posted = await postReview(server, 'netflix', {
      rating: 5,
      title: 'Sorted within the hour',
      body: 'The chat agent found the double charge at once and the refund reached my card the same day.',
    });
    const afterReview = await preloaded();
    expect(afterReview[first].reviews[0]).toMatchObject({ id: posted.id, title: 'Sorted within the hour', helpfulCount: 0 });
    expect(afterReview['/api/companies/netflix'].summary.count).toBe(before['/api/companies/netflix'].summary.count + 1);

    expect((await server.request(`/api/reviews/${posted.id}/helpful`, { method: 'POST', json: {} })).status).toBe(201);
    expect((await preloaded())[first].reviews[0]).toMatchObject({ id: posted.id, helpfulCount: 1 });

    // The site's origin is PUBLIC_ORIGIN here, so the admin's requests come from it.
    const site = { origin: 'https://reviews.example.com' };
    const account = await createModerator(server, { role: 'admin' });
    const login = await server.request<SessionResponse>('/api/auth/login', {
      method: 'POST',
      json: { email: account.email, password: account.password },
      headers: site,
    });
    const headers = { ...site, cookie: sessionCookieFrom(login.headers)!, 'x-csrf-token': login.body.csrfToken };
    const guide = before['/api/companies/netflix/guide'];
    const sections = guide.sections.map(({ anchor, kind, title, body, issueTypes }: GuideSection) => ({
      anchor,
      kind,
      title,
      body,
      issueTypes,
    }));
    sections[0].title = 'Reaching Netflix, checked again';
    const put = await server.request('/api/companies/netflix/guide', {
      method: 'PUT',
      json: { version: guide.version, sections },
      headers,
    });
    expect(put.status).toBe(200);
    const afterGuide = (await preloaded())['/api/companies/netflix/guide'];
    expect(afterGuide.version).toBe(guide.version + 1);
    expect(afterGuide.sections[0].title).toBe('Reaching Netflix, checked again');
  });

  it('answers an unknown company with the not-found page and a 404', async () => {
    const { status, text } = await html('/companies/no-such-company');
    expect(status).toBe(404);
    expect(text).toContain('<h1>Page not found</h1>');
  });
});

/**
 * A published review stored as it is, as if markup had slipped past moderation (which strips it from anything
 * sent through the API): the page's escaping alone must hold.
 */
async function storePublished(slug: string, text: { title: string; body: string; displayName: string }) {
  const company = await server.store.findCompanyBySlug(slug);
  if (!company) throw new Error(`no company ${slug}`);
  const at = Date.now();
  return server.store.insertReview({
    companyId: company.id,
    rating: 1,
    ...text,
    issueType: 'billing',
    contactMethod: 'in-app-chat',
    billingParty: 'company',
    resolved: 'no',
    status: 'published',
    moderation: JSON.stringify({ redactions: {}, masked: 0, reasons: [], decision: 'publish' }),
    riskScore: 0,
    createdAt: at,
    updatedAt: at,
  });
}

describe('review page HTML', () => {
  // Hulu's reviews, so the Netflix figures the tests above check stay as they are.
  const BODY =
    'I was billed twice for the same month and the chat agent could not see the second charge at first, but after ten minutes she found it and refunded it to my card the same afternoon.';
  const HOSTILE = {
    title: 'Fine "</script><script>window.__pwned=1</script> <!-- in the end',
    body: 'Billed twice </script><!-- <script>alert(1)</script> --> \'quoted\' & "double" \u2028 and more',
    displayName: HOSTILE_NAME,
  };
  let titled: { id: number; body: string; title: string | null };
  let untitled: { id: number };
  let hostile: { id: number };
  let held: { id: number; title: string | null };
  const reviewPage = (id: number, slug = 'hulu') => html(`/companies/${slug}/reviews/${id}`);

  beforeAll(async () => {
    titled = await postReview(server, 'hulu', { rating: 2, title: 'Charged twice', body: BODY });
    untitled = await postReview(server, 'hulu', { rating: 2, title: undefined });
    hostile = await storePublished('hulu', HOSTILE);
    held = await insertHeldReview(server, { company: 'hulu' });
  });

  it('carries its title, description, canonical URL, link preview and heading', async () => {
    const url = `https://reviews.example.com/companies/hulu/reviews/${titled.id}`;
    const description =
      'I was billed twice for the same month and the chat agent could not see the second charge at first, but after ten minutes she found it and refunded…';
    const { status, text, headers } = await reviewPage(titled.id);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/html');
    expect(text).toContain('<title>“Charged twice” — Hulu customer service review — Earful</title>');
    expect(text.match(/<title>/g)).toHaveLength(1);
    expect(text).toContain(`<meta name="description" content="${description}" />`);
    expect(text).toContain(`<link rel="canonical" href="${url}" />`);
    expect(text).toContain('<meta property="og:title" content="“Charged twice” — Hulu customer service review" />');
    expect(text).toContain(`<meta property="og:description" content="${description}" />`);
    expect(text).toContain(`<meta property="og:url" content="${url}" />`);
    expect(text).toContain('<p class="back-link"><a href="/companies/hulu">All reviews of Hulu</a></p>');
    expect(text).toContain('<h1>A review of Hulu customer service</h1>');
    expect(inlineScripts(text)).toEqual([]);
    expect(text).not.toMatch(/\son[a-z]+=/i);
  });

  it('names the stars when the review has no title', async () => {
    const { status, text } = await reviewPage(untitled.id);
    expect(status).toBe(200);
    expect(text).toContain('<title>2-star review of Hulu customer service — Earful</title>');
  });

  it('carries schema.org JSON-LD of the Review that matches the review', async () => {
    const { text } = await reviewPage(titled.id);
    const { review } = (await server.request<ReviewResponse>(`/api/reviews/${titled.id}`)).body;
    expect(dataBlock(text, 'application/ld+json')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Review',
      url: `https://reviews.example.com/companies/hulu/reviews/${titled.id}`,
      itemReviewed: { '@type': 'Organization', name: 'Hulu', url: 'https://reviews.example.com/companies/hulu' },
      author: { '@type': 'Person', name: 'Sam' },
      datePublished: review.createdAt.slice(0, 10),
      name: 'Charged twice',
      reviewBody: BODY,
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1 },
    });
  });

  it('keeps a hostile title, text and name inside their elements and attributes', async () => {
    const { status, text } = await reviewPage(hostile.id);
    expect(status).toBe(200);
    const ld = dataBlock(text, 'application/ld+json');
    expect(ld).toMatchObject({ name: HOSTILE.title, reviewBody: HOSTILE.body, author: { name: HOSTILE.displayName } });
    expect(dataBlock(text, 'application/json')[`/api/reviews/${hostile.id}`].review).toMatchObject(HOSTILE);
    // The only "</script" in the page are the elements' own ends; no comment, element or handler came from the review.
    expect(text.match(/<\/script/gi)?.length).toBe(text.match(/<script/gi)?.length);
    expect(text).not.toContain('<!--');
    expect(inlineScripts(text)).toEqual([]);
    expect(text).not.toMatch(/\son[a-z]+=/i);
    expect(text).not.toContain('__pwned=1</script>');
    expect(text).toContain(
      '<title>“Fine &#34;&#60;/script&#62;&#60;script&#62;window.__pwned=1&#60;/script&#62; &#60;!-- in the end” — Hulu customer service review — Earful</title>',
    );
  });

  it('carries the review and the company as the API gives them, so it renders without a round trip', async () => {
    const preload = dataBlock((await reviewPage(titled.id)).text, 'application/json');
    expect(Object.keys(preload).sort()).toEqual(['/api/companies/hulu', `/api/reviews/${titled.id}`]);
    expect(preload[`/api/reviews/${titled.id}`]).toEqual((await server.request(`/api/reviews/${titled.id}`)).body);
    expect(preload['/api/companies/hulu']).toEqual((await server.request('/api/companies/hulu')).body);
  });

  // Under a company's address every review that is not published gets the same page, pointing to the company's
  // reviews, so a held review is told apart from no review by nothing; any other address is "Page not found".
  const NOT_AVAILABLE = '<h1>This review is not available</h1>';
  const NOT_FOUND = '<h1>Page not found</h1>';
  it.each([
    ['a review waiting for a moderator', () => `/companies/hulu/reviews/${held.id}`, NOT_AVAILABLE],
    ['an id no review has', () => `/companies/hulu/reviews/${hostile.id + 1000}`, NOT_AVAILABLE],
    ['an id that is not a number', () => '/companies/hulu/reviews/abc', NOT_FOUND],
    ['an id past the largest safe integer', () => '/companies/hulu/reviews/99999999999999999999', NOT_AVAILABLE],
    ['id 0', () => '/companies/hulu/reviews/0', NOT_AVAILABLE],
    ['the review under another company', () => `/companies/netflix/reviews/${titled.id}`, NOT_AVAILABLE],
    ['the review under an unknown company', () => `/companies/no-such-company/reviews/${titled.id}`, NOT_FOUND],
  ])('answers %s with a 404 page that shows no review', async (_what, path, heading) => {
    const { status, text } = await html(path());
    expect(status).toBe(404);
    expect(text).toContain(heading);
    if (heading === NOT_AVAILABLE)
      expect(text).toMatch(/<a class="button primary" href="\/companies\/(hulu|netflix)">Read the reviews of /);
    expect(text).not.toContain('Held for a look');
    expect(text).not.toContain('Charged twice');
  });

  it('answers a held review exactly as an id no review has', async () => {
    const heldPage = await html(`/companies/hulu/reviews/${held.id}`);
    const nonePage = await html(`/companies/hulu/reviews/${hostile.id + 1000}`);
    expect(heldPage.text).toBe(nonePage.text);
  });
});

describe('every page shell', () => {
  it.each([
    ['/', 200, 'Customer service, reviewed by its customers'],
    ['/policy', 200, 'Commenting policy'],
    ['/privacy', 200, 'Privacy'],
    ['/moderate', 200, 'Moderator console'],
    ['/companies/netflix', 200, 'Netflix customer service reviews'],
    ['/no/such/page', 404, 'Page not found'],
  ])('%s answers %i with its heading and no inline script', async (path, expected, heading) => {
    const { status, text } = await html(path);
    expect(status).toBe(expected);
    expect(text).toContain(`<h1>${heading}</h1>`);
    expect(inlineScripts(text)).toEqual([]);
    expect(text).not.toMatch(/\son[a-z]+=/i);
  });

  // Lighthouse's simulation counts a script fetched at High priority and run before the first paint as blocking it.
  it.each(['/', '/companies/netflix', 'a review'])(
    '%s fetches its scripts at low priority, its entry under 1 KB, the components imported later',
    async (page) => {
      const { status, text } = await html(page === 'a review' ? `/companies/netflix/reviews/${charged.id}` : page);
      expect(status).toBe(200);
      const tags = [...text.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*>/g)].map((m) => m[0]);
      expect(tags.length).toBeGreaterThan(1);
      for (const tag of tags) expect(tag).toContain('fetchpriority="low"');
      const entry = /<script type="module"[^>]* src="([^"]+)"/.exec(text)![1]!;
      const script = await (await fetch(server.url + entry, { headers: { 'accept-encoding': 'identity' } })).text();
      expect(script.length).toBeLessThan(1024);
      expect(script).toMatch(/\bimport\(/);
    },
  );

  it('serves the widget as a classic script other sites may load and cache briefly', async () => {
    const res = await fetch(`${server.url}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const code = await res.text();
    expect(code).not.toMatch(/^\s*import\b|\bexport\s*\{/m);
  });
});
