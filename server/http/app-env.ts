// What every route can reach: the dependencies, and per-request facts set by middleware.
import type { Store } from '../domain/store';
import type { SignedInModerator } from '../contract/auth';
import type { Config } from '../env';
import type { Logger } from './logger';
import type { ModerateSubmission } from '../domain/screening/moderate-submission';
import type { ModerateText } from '../domain/screening/moderation-task';
import type { PageShells } from '../pages/page-shells';
import type { KeptAnswers } from '../domain/kept-answers';

export interface Deps {
  store: Store;
  config: Config;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now: () => number;
  log: Logger;
  /** Key for client-address hashes, from CLIENT_HASH_KEY or the key file: never in the database. */
  clientHashKey: string;
  /** Folder of the built front end, or null to serve the API only. */
  webRoot: string | null;
  /** webRoot's page shells, read once at start (none without webRoot): the pages fill them, the CSP hashes them. */
  pageShells: PageShells;
  /** Moderates a submission's text: inline, or on the moderation threads. */
  moderateSubmission: ModerateSubmission;
  /** Moderates edits and notes: inline, or on the moderation threads. */
  moderateText: ModerateText;
  /** What the pages and the API both answer, kept once for both (domain/kept-answers.ts). */
  kept: KeptAnswers;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    clientHash: string | null;
    /** Set on review submissions: the client's attempts in the last hour before this one. */
    recentAttempts: number;
    /** Set by requireModerator. */
    moderator: SignedInModerator;
    /** sha256 of the session id, set by requireModerator (for logout). */
    sessionIdHash: string;
    /** The session's CSRF token, set by requireModerator (GET /api/auth/me hands it back after a reload). */
    csrfToken: string;
  };
};
