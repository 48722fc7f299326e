// Which of Hono's routers serves the app. SmartRouter takes RegExpRouter, one regular expression for every route,
// unless a single pair of routes is one it refuses; then every request of the site goes through the trie router,
// which took 5.5% of a kept list page's server time under load (0.7% with RegExpRouter).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import { signInAs } from '../helpers/moderator';
import type { ErrorBody } from '../../server/contract/errors';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { webFiles: { 'index.html': '<!doctype html><title>Earful</title>' } });
});
afterAll(async () => {
  await server.stop();
  server.remove();
});

describe('the router', () => {
  it('is the single regular expression, with the site’s pages mounted too', async () => {
    expect((await server.request('/api/companies/netflix')).status).toBe(200);
    expect(server.app.router.name).toBe('SmartRouter + RegExpRouter');
  });

  it('keeps the bulk decisions at their address, and a review id there is no route', async () => {
    const moderator = await signInAs(server);
    const bulk = await moderator.request<ErrorBody>('/api/moderation/reviews/bulk', { method: 'POST', json: {} });
    expect(bulk.status).toBe(400);
    expect(Object.keys(bulk.body.error.fields ?? {})).toContain('ids');
    for (const path of ['/api/moderation/reviews/12', '/api/moderation/reviews/bulky']) {
      const res = await moderator.request<ErrorBody>(path, { method: 'POST', json: { action: 'approve', ids: [12] } });
      expect(res.status, path).toBe(404);
      expect(res.body.error.code, path).toBe('not_found');
    }
  });
});
