// The store port: every read and write the domain makes, as units of work, one area per file. The domain owns
// it; each database (db/sqlite today) implements it, and server/store-factory.ts picks one at start.
import type { ReviewStore } from './review-store';
import type { ModeratorStore } from './moderator-store';
import type { ModerationStore } from './moderation-store';
import type { PatternsStore } from './patterns-store';
import type { GuideStore } from './guide-store';
import type { ModerationFactsStore } from './moderation-facts-store';
import type { ClientDataStore } from './client-data-store';

export type * from './rows';
export type * from './review-store';
export type * from './moderator-store';
export type * from './moderation-store';
export type * from './patterns-store';
export type * from './guide-store';
export type * from './moderation-facts-store';
export type * from './client-data-store';

export type Store = ReviewStore &
  ModeratorStore &
  ModerationStore &
  PatternsStore &
  GuideStore &
  ModerationFactsStore &
  ClientDataStore & {
    close(): Promise<void>;
  };
