// The reviewer's manage token: 256 random bits handed out once; only its sha256 is stored with the review.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { managePath } from '../../contract/manage';

const hashToken = (token: string) => createHash('sha256').update(token).digest();

export function newManageToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token).toString('hex') };
}

export const manageUrl = (origin: string, reviewId: number, token: string) => `${origin}${managePath(reviewId)}#${token}`;

export function tokenMatches(given: string | undefined, storedHash: string | null): boolean {
  if (!given || !storedHash || given.length > 200) return false;
  const expected = Buffer.from(storedHash, 'hex');
  const actual = hashToken(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
