// The client-data area of the store, on SQLite and on PostgreSQL: submission attempts and write tokens, each
// atomic at the limit under concurrent calls, and forgetting client hashes by age or on a key change.
import { describe, expect, it } from 'vitest';
import { useStore } from '../helpers/test-store';
import type { ClientHashCutoffs } from '../../db/sqlite/client-data-store';

const t = useStore();
const NOW = 1_800_000_000_000;
const HOUR = 3_600_000;
const none = 0;
const cutoffs = (at: number): ClientHashCutoffs => ({
  reviews: none,
  attempts: at,
  loginFailures: at,
  votes: none,
  reports: none,
  writeBuckets: at,
});

describe('submission attempts', () => {
  it('counts attempts, saying how many came before, and refuses at the max with the oldest counted', async () => {
    const hash = 'client-count';
    expect(await t.store.claimSubmissionAttempt(hash, NOW, NOW - HOUR, 2)).toEqual({ counted: true, before: 0 });
    expect(await t.store.claimSubmissionAttempt(hash, NOW + 1, NOW + 1 - HOUR, 2)).toEqual({ counted: true, before: 1 });
    expect(await t.store.claimSubmissionAttempt(hash, NOW + 2, NOW + 2 - HOUR, 2)).toEqual({ counted: false, oldest: NOW });
    // A refused attempt is not counted; another client has its own count.
    expect(await t.store.claimSubmissionAttempt('client-other', NOW + 2, NOW + 2 - HOUR, 2)).toEqual({ counted: true, before: 0 });
    // Once the oldest leaves the window (attempts at `since` no longer count), one more fits.
    expect(await t.store.claimSubmissionAttempt(hash, NOW + HOUR, NOW, 2)).toEqual({ counted: true, before: 1 });
  });

  it('counts exactly max of many concurrent attempts of one client', async () => {
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.store.claimSubmissionAttempt('client-race', NOW + i, NOW - HOUR, 4)),
    );
    const counted = claims.filter((c) => c.counted);
    expect(counted.map((c) => c.before).sort()).toEqual([0, 1, 2, 3]);
    expect(claims.filter((c) => !c.counted)).toHaveLength(6);
  });
});

describe('write tokens', () => {
  it('takes tokens up to perMinute, then refuses with the wait until the next one', async () => {
    const hash = 'client-bucket';
    expect(await t.store.takeWriteToken(hash, NOW, 2)).toEqual({ taken: true });
    expect(await t.store.takeWriteToken(hash, NOW, 2)).toEqual({ taken: true });
    const refused = await t.store.takeWriteToken(hash, NOW, 2);
    expect(refused).toEqual({ taken: false, waitMs: expect.any(Number) });
    if (!refused.taken) expect(refused.waitMs).toBeCloseTo(30_000, 3);
    // Refilled continuously: half the wait gone, half left; a refusal leaves the bucket as it was.
    const half = await t.store.takeWriteToken(hash, NOW + 15_000, 2);
    if (half.taken) throw new Error('taken too early');
    expect(half.waitMs).toBeCloseTo(15_000, 3);
    expect(await t.store.takeWriteToken(hash, NOW + 30_000, 2)).toEqual({ taken: true });
    expect((await t.store.takeWriteToken(hash, NOW + 30_000, 2)).taken).toBe(false);
  });

  it('never refills past full, nor drains for a clock behind the last writer', async () => {
    const hash = 'client-full';
    expect(await t.store.takeWriteToken(hash, NOW, 2)).toEqual({ taken: true });
    // An hour idle refills two tokens, not sixty.
    const later = NOW + HOUR;
    const takes = [];
    for (let i = 0; i < 3; i++) takes.push((await t.store.takeWriteToken(hash, later, 2)).taken);
    expect(takes).toEqual([true, true, false]);
    // A writer whose clock is behind neither refills nor gets a negative refill.
    expect((await t.store.takeWriteToken(hash, later - 60_000, 2)).taken).toBe(false);
    expect(await t.store.takeWriteToken(hash, later + 30_000, 2)).toEqual({ taken: true });
  });

  it('gives out exactly perMinute tokens to many concurrent writes of one client', async () => {
    const takes = await Promise.all(Array.from({ length: 10 }, () => t.store.takeWriteToken('client-burst', NOW, 3)));
    expect(takes.filter((w) => w.taken)).toHaveLength(3);
  });
});

describe('forgetting client hashes', () => {
  it('removes attempts, login failures and buckets older than their cutoffs, keeping newer ones', async () => {
    await t.store.claimSubmissionAttempt('client-old', NOW - 2 * HOUR, NOW - 3 * HOUR, 1);
    await t.store.claimSubmissionAttempt('client-new', NOW, NOW - HOUR, 1);
    await t.store.claimLoginAttempt(['client:old-login'], NOW - 2 * HOUR, NOW - 3 * HOUR, 1);
    await t.store.takeWriteToken('bucket-old', NOW - 2 * HOUR, 1);
    await t.store.takeWriteToken('bucket-new', NOW, 1);

    expect(await t.store.forgetClientHashes(cutoffs(NOW - HOUR))).toBeGreaterThanOrEqual(3);

    // What was forgotten counts no more, even when asked over a window that would include it.
    expect(await t.store.claimSubmissionAttempt('client-old', NOW, NOW - 3 * HOUR, 1)).toEqual({ counted: true, before: 0 });
    expect(await t.store.claimLoginAttempt(['client:old-login'], NOW, NOW - 3 * HOUR, 1)).toMatchObject({ claimed: true });
    expect(await t.store.takeWriteToken('bucket-old', NOW - 2 * HOUR, 1)).toEqual({ taken: true });
    // What is newer stays.
    expect(await t.store.claimSubmissionAttempt('client-new', NOW + 1, NOW - HOUR, 1)).toEqual({ counted: false, oldest: NOW });
    expect((await t.store.takeWriteToken('bucket-new', NOW, 1)).taken).toBe(false);
    // Nothing older is left.
    expect(await t.store.forgetClientHashes(cutoffs(NOW - 2 * HOUR - 1))).toBe(0);
  });
});

describe('the client hash key', () => {
  it('records the first key as it is, and forgets every stored hash when the key changes', async () => {
    expect(await t.store.adoptClientHashKey('key-1')).toBe(false);
    expect(await t.store.adoptClientHashKey('key-1')).toBe(false);
    await t.store.claimSubmissionAttempt('client-key', NOW, NOW - HOUR, 1);
    await t.store.takeWriteToken('client-key', NOW, 1);
    expect(await t.store.claimSubmissionAttempt('client-key', NOW, NOW - HOUR, 1)).toMatchObject({ counted: false });

    expect(await t.store.adoptClientHashKey('key-2')).toBe(true);
    expect(await t.store.claimSubmissionAttempt('client-key', NOW, NOW - HOUR, 1)).toEqual({ counted: true, before: 0 });
    expect(await t.store.takeWriteToken('client-key', NOW, 1)).toEqual({ taken: true });
    expect(await t.store.adoptClientHashKey('key-2')).toBe(false);
  });

  it('forgets once when instances adopt the same new key together', async () => {
    await t.store.adoptClientHashKey('key-3');
    const adopted = await Promise.all(Array.from({ length: 4 }, () => t.store.adoptClientHashKey('key-4')));
    expect(adopted.filter(Boolean)).toHaveLength(1);
  });
});
