import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server';
import { buildReview } from '../helpers/fixtures';
import { signInAs } from '../helpers/moderator';

const server = useTestServer({ logLevel: 'info' });

const SECRETS = {
  email: 'jane.doe+reviews@example.com',
  phone: '+1 415 555 0134',
  card: '4111 1111 1111 1111',
  name: 'Janet Quillfeather',
  session: 'sess_9f8e7d6c5b4a39281706f5e4d3c2b1a0',
  token: 'tok_0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  marker: 'UNIQUE-BODY-MARKER-6d1f',
};

describe('request log', () => {
  it('writes one line per request with id, route pattern, status and duration, and nothing a client sent', async () => {
    const headers = {
      cookie: `earful_session=${SECRETS.session}`,
      authorization: `Bearer ${SECRETS.token}`,
      'x-csrf-token': SECRETS.token,
    };
    const requests: [string, RequestInit & { json?: unknown }][] = [
      [
        '/api/companies/netflix/reviews',
        {
          method: 'POST',
          headers,
          json: buildReview({
            displayName: SECRETS.name,
            title: `Call me on ${SECRETS.phone}`,
            body: `${SECRETS.marker} my card ${SECRETS.card} was charged twice, email me at ${SECRETS.email} please.`,
          }),
        },
      ],
      ['/api/companies/netflix/reviews', { method: 'POST', headers, json: buildReview({ rating: 9, body: SECRETS.marker }) }],
      [`/api/companies/netflix/reviews?issueType=${encodeURIComponent(SECRETS.email)}`, { headers }],
      [`/api/reviews/${encodeURIComponent(SECRETS.phone)}`, { headers }],
      [`/api/companies/${encodeURIComponent(SECRETS.name)}?email=${encodeURIComponent(SECRETS.email)}`, { headers }],
      ['/api/auth/login', { method: 'POST', headers, json: { email: SECRETS.email, password: SECRETS.token } }],
      ['/api/nothing', { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: SECRETS.marker }],
    ];
    const before = server.logs.length;
    const statuses: number[] = [];
    for (const [path, init] of requests) statuses.push((await server.request(path, init)).status);
    const lines = server.logs.slice(before).filter((l) => l.level === 'info' && 'status' in l);

    expect(lines).toHaveLength(requests.length);
    expect(lines.map((l) => l.status)).toEqual(statuses);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['level', 'method', 'ms', 'requestId', 'route', 'status']);
      expect(line.requestId).toMatch(/^[\w-]{8,}$/);
      expect(typeof line.ms).toBe('number');
    }
    expect(lines[0]!.route).toBe('/api/companies/:slug/reviews');
    expect(new Set(lines.map((l) => l.requestId)).size).toBe(lines.length);

    const everything = JSON.stringify(server.logs);
    for (const [kind, value] of Object.entries(SECRETS)) {
      expect(everything, kind).not.toContain(value);
      expect(everything, kind).not.toContain(encodeURIComponent(value));
    }
    expect(everything).not.toContain('example.com');
    expect(everything).not.toContain('5550134');
  });

  it('never logs a real session id, CSRF token or password, through sign-in, use and sign-out', async () => {
    const before = server.logs.length;
    const admin = await signInAs(server, 'admin');
    const sessionId = admin.cookie.split('=')[1]!;
    await admin.request('/api/auth/me');
    await admin.request('/api/moderation/queue');
    await admin.request('/api/moderation/reviews/1/decision', { method: 'POST', json: { action: 'approve' } });
    await server.request('/api/auth/login', {
      method: 'POST',
      headers: { origin: server.url },
      json: { email: admin.email, password: 'wrong password!' },
    });
    await admin.request('/api/auth/logout', { method: 'POST' });
    const lines = server.logs.slice(before);
    expect(lines.length).toBeGreaterThanOrEqual(6);
    const everything = JSON.stringify(lines);
    for (const secret of [sessionId, admin.csrfToken, admin.password, 'wrong password!']) expect(everything).not.toContain(secret);
  });
});
