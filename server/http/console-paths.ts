// The paths of the console's writes, which prove themselves with a session, same origin and its CSRF token
// (require-moderator.ts) rather than by the public writes' per-client limit and cross-site checks.
const REPLY_PATH = /^\/api\/reviews\/[^/]+\/reply$/;

export const isConsolePath = (path: string) => path.startsWith('/api/moderation/') || REPLY_PATH.test(path);
