// What the pages and the API both answer is built once per process: the home page and GET /api/companies share the
// ranked list, the company page and GET …/patterns the built patterns, each kept until the figures move.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  const shell = '<!doctype html><title>Earful</title>';
  server = await startTestServer({}, { webFiles: { 'index.html': shell, 'company.html': shell } });
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await server.stop();
  server.remove();
});

describe('answers kept for the pages and the API alike', () => {
  it('reads the companies’ standings once for the home page and the ranked list', async () => {
    const reads = vi.spyOn(server.store, 'listCompanyStandings');
    expect((await server.request('/')).status).toBe(200);
    const list = await server.request<{ companies: { slug: string }[] }>('/api/companies');
    expect(list.status).toBe(200);
    expect(list.body.companies.map((c) => c.slug)).toContain('netflix');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('builds a company’s patterns once for its page and its patterns', async () => {
    const reads = vi.spyOn(server.store, 'findPatternCounters');
    expect((await server.request('/companies/netflix')).status).toBe(200);
    expect((await server.request('/api/companies/netflix/patterns')).status).toBe(200);
    expect((await server.request('/api/companies/netflix/patterns.csv')).status).toBe(200);
    expect(reads).toHaveBeenCalledTimes(1);
  });
});
