// Client hashes in the store: review submission attempts, counted atomically, and forgetting hashes once
// their windows have passed or their key has changed.
import type { ClientHashCutoffs } from './rows';

export type AttemptClaim = { counted: true; before: number } | { counted: false; oldest: number };

export type WriteToken = { taken: true } | { taken: false; waitMs: number };

export interface ClientDataStore {
  /**
   * Counts a review submission attempt of the client, atomically with the check: refused (with the oldest
   * attempt counted) when it already has `max` since `since`, otherwise recorded, with how many came before.
   */
  claimSubmissionAttempt(clientHash: string, at: number, since: number, max: number): Promise<AttemptClaim>;
  /**
   * Takes one token from the client's write bucket (`perMinute` a minute, refilled continuously, as many at
   * most), atomically across processes; refused, with how long until one is back, when it has none.
   */
  takeWriteToken(clientHash: string, at: number, perMinute: number): Promise<WriteToken>;
  forgetClientHashes(before: ClientHashCutoffs): Promise<number>;
  /**
   * Records which key client hashes are made with; when it is not the one recorded, every stored client hash
   * (made with the old key) is forgotten first. True when that happened.
   */
  adoptClientHashKey(keyId: string): Promise<boolean>;
}
