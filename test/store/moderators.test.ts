// The moderator area of the store, on SQLite and on PostgreSQL: accounts, sessions, the last-admin rule, login
// throttling (atomic at the limit) and the audit trail.
import { describe, expect, it } from 'vitest';
import { useStore } from '../helpers/test-store';
import type { AuditInput, ModeratorRow } from '../../db/sqlite/moderator-store';

const t = useStore();
const NOW = 1_800_000_000_000;

const audit = (action: string, targetId: number | string | null = null): AuditInput => ({
  at: NOW,
  actorId: null,
  actorEmail: null,
  action,
  targetType: 'moderator',
  targetId,
});

let serial = 0;
async function addModerator(role: ModeratorRow['role'] = 'moderator'): Promise<ModeratorRow> {
  serial += 1;
  const email = `m${serial}@example.test`;
  const row = { email, role, passwordHash: `hash-${serial}`, createdAt: NOW, updatedAt: NOW };
  const stored = await t.store.insertModerator(row, (r) => audit('moderator.add', r.id));
  if (!stored) throw new Error('email taken');
  return stored;
}

async function startSession(moderatorId: number, idHash = `session-${++serial}`): Promise<string> {
  await t.store.createSession(
    { idHash, moderatorId, csrfToken: `csrf-${idHash}`, createdAt: NOW, lastSeenAt: NOW },
    audit('auth.login', moderatorId),
  );
  return idHash;
}

describe('moderator accounts', () => {
  it('stores a moderator, found by id and by email, and refuses a second account with the same email', async () => {
    const ann = await addModerator();
    expect(ann).toEqual({
      id: expect.any(Number),
      email: ann.email,
      role: 'moderator',
      passwordHash: ann.passwordHash,
      disabled: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await t.store.findModeratorById(ann.id)).toEqual(ann);
    expect(await t.store.findModeratorByEmail(ann.email)).toEqual(ann);
    expect(await t.store.findModeratorById(999_999)).toBeUndefined();
    const again = { email: ann.email, role: 'admin' as const, passwordHash: 'x', createdAt: NOW, updatedAt: NOW };
    expect(await t.store.insertModerator(again, () => audit('moderator.add'))).toBeUndefined();
    const listed = await t.store.listModerators();
    expect(listed.map((m) => m.email)).toEqual([...listed.map((m) => m.email)].sort());
    expect(listed).toContainEqual(ann);
  });

  it('updates role and password, and reports an unknown moderator', async () => {
    const bob = await addModerator();
    const result = await t.store.updateModerator(bob.id, { role: 'admin' }, NOW + 5, (b, a) => audit(`${b.role}->${a.role}`, a.id));
    expect(result).toEqual({ ok: true, before: bob, after: { ...bob, role: 'admin', updatedAt: NOW + 5 } });
    expect(await t.store.updateModerator(999_999, { disabled: true }, NOW, () => audit('x'))).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe('sessions', () => {
  it('finds a session with its moderator, touches it and ends it', async () => {
    const ann = await addModerator();
    const idHash = await startSession(ann.id);
    expect(await t.store.findSession(idHash)).toEqual({
      session: { idHash, moderatorId: ann.id, csrfToken: `csrf-${idHash}`, createdAt: NOW, lastSeenAt: NOW },
      moderator: ann,
    });
    await t.store.touchSession(idHash, NOW + 60_000);
    expect((await t.store.findSession(idHash))?.session.lastSeenAt).toBe(NOW + 60_000);
    expect(await t.store.endSessions({ idHash }, audit('auth.logout', ann.id))).toBe(1);
    expect(await t.store.findSession(idHash)).toBeUndefined();
    expect(await t.store.endSessions({ idHash })).toBe(0);
    const [logout] = await t.store.listAudit({ action: 'auth.logout', targetId: String(ann.id) }, 10);
    expect(JSON.parse(logout!.details)).toEqual({ sessionsEnded: 1 });
  });

  it('ends every session of a moderator', async () => {
    const ann = await addModerator();
    const other = await addModerator();
    const mine = [await startSession(ann.id), await startSession(ann.id)];
    const theirs = await startSession(other.id);
    expect(await t.store.endSessions({ moderatorId: ann.id })).toBe(2);
    for (const idHash of mine) expect(await t.store.findSession(idHash)).toBeUndefined();
    expect(await t.store.findSession(theirs)).toBeDefined();
  });

  it('ends every session when the moderator is disabled', async () => {
    const ann = await addModerator();
    const sessions = [await startSession(ann.id), await startSession(ann.id)];
    const result = await t.store.updateModerator(ann.id, { disabled: true }, NOW + 1, () => audit('moderator.disable', ann.id));
    expect(result.ok && result.after.disabled).toBe(true);
    for (const idHash of sessions) expect(await t.store.findSession(idHash)).toBeUndefined();
  });

  it('ends every other session on a new password, keeping the one that changed it', async () => {
    const ann = await addModerator();
    const kept = await startSession(ann.id);
    const other = await startSession(ann.id);
    await t.store.updateModerator(ann.id, { passwordHash: 'new-hash' }, NOW + 1, () => audit('auth.password', ann.id), kept);
    expect((await t.store.findSession(kept))?.moderator.passwordHash).toBe('new-hash');
    expect(await t.store.findSession(other)).toBeUndefined();
  });
});

describe('the last admin', () => {
  /** Demotes every enabled admin but `keep` (other tests add and promote some). */
  async function onlyAdmins(keep: number[]): Promise<void> {
    const others = (await t.store.listModerators()).filter((m) => m.role === 'admin' && !m.disabled && !keep.includes(m.id));
    for (const admin of others) await t.store.updateModerator(admin.id, { role: 'moderator' }, NOW, () => audit('x'));
  }

  it('refuses to disable or demote the last enabled admin, and allows it while another is left', async () => {
    const first = await addModerator('admin');
    const second = await addModerator('admin');
    await onlyAdmins([first.id, second.id]);
    expect((await t.store.updateModerator(first.id, { role: 'moderator' }, NOW, () => audit('x'))).ok).toBe(true);
    expect(await t.store.updateModerator(second.id, { disabled: true }, NOW, () => audit('x'))).toEqual({
      ok: false,
      reason: 'last_admin',
    });
    expect(await t.store.updateModerator(second.id, { role: 'moderator' }, NOW, () => audit('x'))).toEqual({
      ok: false,
      reason: 'last_admin',
    });
    expect((await t.store.findModeratorById(second.id))?.role).toBe('admin');
    // A change that keeps the admin an admin is still allowed.
    expect((await t.store.updateModerator(second.id, { passwordHash: 'p' }, NOW, () => audit('x'))).ok).toBe(true);
  });

  it('keeps exactly one admin when every admin is disabled or demoted at once', async () => {
    for (let round = 0; round < 3; round++) {
      const admins = [];
      for (let i = 0; i < 4; i++) admins.push(await addModerator('admin'));
      await onlyAdmins(admins.map((a) => a.id));
      const results = await Promise.all(
        admins.map((a, i) => t.store.updateModerator(a.id, i % 2 ? { disabled: true } : { role: 'moderator' }, NOW, () => audit('x'))),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'last_admin' }]);
      const left = (await t.store.listModerators()).filter((m) => m.role === 'admin' && !m.disabled);
      expect(left).toHaveLength(1);
    }
  });
});

describe('login attempts', () => {
  const WINDOW = 15 * 60_000;

  it('counts attempts per key and refuses at the max, giving each blocked key its oldest attempt', async () => {
    const keys = ['account:a1', 'client:c1'];
    const first = await t.store.claimLoginAttempt(keys, NOW, NOW - WINDOW, 2);
    expect(first).toEqual({ claimed: true, ids: [expect.any(Number), expect.any(Number)] });
    expect(await t.store.claimLoginAttempt(['account:a1'], NOW + 1, NOW + 1 - WINDOW, 2)).toMatchObject({ claimed: true });
    expect(await t.store.claimLoginAttempt(keys, NOW + 2, NOW + 2 - WINDOW, 2)).toEqual({ claimed: false, blockedOldest: [NOW] });
    // The client key alone still has room, and a refusal recorded nothing.
    expect(await t.store.claimLoginAttempt(['client:c1'], NOW + 3, NOW + 3 - WINDOW, 2)).toMatchObject({ claimed: true });
    expect(await t.store.claimLoginAttempt(keys, NOW + 4, NOW + 4 - WINDOW, 2)).toEqual({ claimed: false, blockedOldest: [NOW, NOW] });
  });

  it('stops counting attempts older than the window', async () => {
    const key = 'account:old';
    await t.store.claimLoginAttempt([key], NOW, NOW - WINDOW, 1);
    expect(await t.store.claimLoginAttempt([key], NOW + 1, NOW + 1 - WINDOW, 1)).toEqual({ claimed: false, blockedOldest: [NOW] });
    const later = NOW + WINDOW + 1;
    expect(await t.store.claimLoginAttempt([key], later, later - WINDOW, 1)).toMatchObject({ claimed: true });
  });

  it('forgives a claimed attempt, and clears every failure of the signed-in account', async () => {
    const keys = ['account:f1', 'client:f1'];
    const claim = await t.store.claimLoginAttempt(keys, NOW, NOW - WINDOW, 1);
    if (!claim.claimed) throw new Error('refused');
    await t.store.forgiveLoginAttempt(claim.ids);
    const again = await t.store.claimLoginAttempt(keys, NOW + 1, NOW + 1 - WINDOW, 1);
    expect(again).toMatchObject({ claimed: true });
    // A success clears the account's failures; the client's stay counted.
    await t.store.forgiveLoginAttempt([], 'account:f1');
    expect(await t.store.claimLoginAttempt(['account:f1'], NOW + 2, NOW + 2 - WINDOW, 1)).toMatchObject({ claimed: true });
    expect(await t.store.claimLoginAttempt(['client:f1'], NOW + 2, NOW + 2 - WINDOW, 1)).toEqual({
      claimed: false,
      blockedOldest: [NOW + 1],
    });
  });

  it('claims exactly max of many concurrent attempts on one key', async () => {
    const max = 3;
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.store.claimLoginAttempt(['account:race', `client:race${i}`], NOW + i, NOW - WINDOW, max)),
    );
    expect(claims.filter((c) => c.claimed)).toHaveLength(max);
  });

  it('does not deadlock when concurrent claims share keys in different orders', async () => {
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.store.claimLoginAttempt(i % 2 ? ['account:x', 'client:y'] : ['client:y', 'account:x'], NOW, NOW - WINDOW, 100),
      ),
    );
    expect(claims.every((c) => c.claimed)).toBe(true);
  });
});

describe('the audit trail', () => {
  it('lists entries newest first, filtered and paged by id', async () => {
    const base: AuditInput = {
      ...audit('test.audit', 7),
      actorId: 42,
      actorEmail: 'a@example.test',
      statusBefore: 'pending',
      statusAfter: 'approved',
    };
    await t.store.recordAudit({ ...base, at: NOW + 1, details: { reason: 'first' } });
    await t.store.recordAudit({ ...base, at: NOW + 2 });
    await t.store.recordAudit({ ...base, at: NOW + 3, targetId: null });
    const all = await t.store.listAudit({ action: 'test.audit' }, 10);
    expect(all.map((e) => e.at)).toEqual([NOW + 3, NOW + 2, NOW + 1]);
    expect(all[2]).toEqual({
      id: expect.any(Number),
      at: NOW + 1,
      actorId: 42,
      actorEmail: 'a@example.test',
      action: 'test.audit',
      targetType: 'moderator',
      targetId: '7',
      statusBefore: 'pending',
      statusAfter: 'approved',
      details: expect.any(String),
    });
    expect(JSON.parse(all[2]!.details)).toEqual({ reason: 'first' });
    expect(all[0]!.targetId).toBeNull();
    expect(JSON.parse(all[1]!.details)).toEqual({});
    expect((await t.store.listAudit({ action: 'test.audit', targetId: '7', actorId: 42 }, 10)).map((e) => e.at)).toEqual([
      NOW + 2,
      NOW + 1,
    ]);
    expect((await t.store.listAudit({ action: 'test.audit', from: NOW + 2, to: NOW + 2 }, 10)).map((e) => e.at)).toEqual([NOW + 2]);
    const page = await t.store.listAudit({ action: 'test.audit', beforeId: all[0]!.id }, 1);
    expect(page.map((e) => e.at)).toEqual([NOW + 2]);
  });
});
