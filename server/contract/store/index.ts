// The store port's vocabulary: each area's interface and the rows it reads and writes, as plain types. The domain
// composes them into its Store (server/domain/store/index.ts); they live here, beside the HTTP contract, because
// both implementations (db/sqlite, db/postgres) type themselves against them and db/ may import only the contract.
export type * from './rows';
export type * from './review-store';
export type * from './moderator-store';
export type * from './moderation-store';
export type * from './patterns-store';
export type * from './guide-store';
export type * from './moderation-facts-store';
export type * from './client-data-store';
export type * from './store-rules';
export type * from './reply-store';

import type { ReviewStore } from './review-store';
import type { ModeratorStore } from './moderator-store';
import type { ModerationStore } from './moderation-store';
import type { PatternsStore } from './patterns-store';
import type { GuideStore } from './guide-store';
import type { ModerationFactsStore } from './moderation-facts-store';
import type { ClientDataStore } from './client-data-store';
import type { ReplyStore } from './reply-store';

export type Store = ReviewStore &
  ModeratorStore &
  ModerationStore &
  PatternsStore &
  GuideStore &
  ModerationFactsStore &
  ClientDataStore &
  ReplyStore & {
    close(): Promise<void>;
    /** True for an error meaning the database cannot be reached right now (stopped, restarting, locked): retry soon. */
    isUnavailable(error: unknown): boolean;
  };
