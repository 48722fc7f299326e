import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, submitTo, type TestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { signInAs } from '../helpers/moderator';

const ORIGIN = 'https://reviews.example.com';
const DAY = 24 * 60 * 60 * 1000;
let clock = Date.parse('2026-03-10T12:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ publicOrigin: ORIGIN }, { now: () => clock });
});
afterAll(async () => {
  await server.stop();
  server.remove();
});

/** <loc> → <lastmod> (null when left out), as a crawler reads the sitemap. */
async function sitemap(): Promise<Map<string, string | null>> {
  const res = await fetch(`${server.url}/sitemap.xml`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
  const xml = await res.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  return new Map([...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => [m[1]!, m[2] ?? null]));
}

describe('robots.txt', () => {
  it('welcomes the public pages, keeps crawlers out of the API, the console and private manage links, and names the sitemap', async () => {
    const res = await fetch(`${server.url}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const lines = (await res.text()).split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toEqual(expect.arrayContaining(['Disallow: /api/', 'Disallow: /moderate', 'Disallow: /manage/']));
    expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(lines.filter((l) => l.startsWith('Disallow:'))).toHaveLength(3);
  });
});

describe('sitemap.xml', () => {
  it("lists the home page, the policies and every company's page on the public origin, dated by its newest review", async () => {
    const before = await sitemap();
    for (const path of ['/', '/policy', '/privacy', '/companies/netflix', '/companies/disney-plus'])
      expect(before.has(ORIGIN + path)).toBe(true);
    // No review yet: the company's page dates from when the company was added.
    expect(before.get(`${ORIGIN}/companies/netflix`)).toBe('2026-03-10');

    clock += 5 * DAY;
    expect((await submitTo(server)(buildReview())).status).toBe(201);
    // A held review changes nothing a reader sees, so the page keeps its date.
    clock += 2 * DAY;
    expect((await submitTo(server)(buildReview({ body: 'Visit https://bit.ly/abc for the real answer they hid from me.' }))).status).toBe(
      202,
    );

    const after = await sitemap();
    expect(after.get(`${ORIGIN}/companies/netflix`)).toBe('2026-03-15');
    expect(after.get(`${ORIGIN}/companies/hulu`)).toBe('2026-03-10');
  });

  it('includes a company as soon as an admin adds it', async () => {
    const admin = await signInAs(server, 'admin');
    expect(
      (
        await admin.request('/api/moderation/companies', {
          method: 'POST',
          json: { slug: 'acme-mobile', name: 'Acme', category: 'Telecom' },
        })
      ).status,
    ).toBe(201);
    expect((await sitemap()).has(`${ORIGIN}/companies/acme-mobile`)).toBe(true);
  });
});
