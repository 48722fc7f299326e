// The key client hashes are made with, kept out of the database and so out of its backups: without it, a
// stored hash cannot be turned back into an address by trying all of IPv4. CLIENT_HASH_KEY when set, else a
// key file beside the database, made at first start readable by its owner only.
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from './env';

export const KEY_FILE_NAME = 'client-hash.key';

export interface ClientHashKey {
  key: string;
  /** The key file, or null when the key came from CLIENT_HASH_KEY. */
  file: string | null;
}

export const keyFileFor = (databasePath: string) => join(dirname(resolve(databasePath)), KEY_FILE_NAME);

export function loadClientHashKey(config: Pick<Config, 'clientHashKey' | 'databasePath'>): ClientHashKey {
  if (config.clientHashKey) return { key: config.clientHashKey, file: null };
  const file = keyFileFor(config.databasePath);
  try {
    // 'wx': made only if missing, so two processes starting at once end up with the one key.
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    throw new Error(`${file} can be read by other users: run chmod 600 on it (it keys every client hash)`);
  }
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new Error(`${file} holds no key of at least 32 characters`);
  return { key, file };
}

/** Names a key without revealing it, so a start can tell the key changed (and the old hashes must go). */
export const keyId = (key: string) => createHmac('sha256', key).update('earful client-hash key id').digest('base64url').slice(0, 16);
