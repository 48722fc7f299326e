// What every route can reach: the dependencies, and per-request facts set by middleware.
import type { Store } from '../../db/store';
import type { Config } from '../env';
import type { Logger } from './logger';

export interface Deps {
  store: Store;
  config: Config;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now: () => number;
  log: Logger;
  /** Salt for client-address hashes, kept in the database so limits survive a restart. */
  clientHashSalt: string;
  /** Folder of the built front end, or null to serve the API only. */
  webRoot: string | null;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    clientHash: string | null;
  };
};
