// Opaque list cursors: the last row's sort key, tagged with its sort so a cursor cannot be replayed on another.
import type { ListSort } from './store';

export function encodeCursor(sort: ListSort, values: number[]): string {
  return Buffer.from(JSON.stringify([sort, ...values])).toString('base64url');
}

/** The sort key values, or null when the cursor is malformed or belongs to another sort. */
export function decodeCursor(sort: ListSort, cursor: string, length: number): number[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed[0] !== sort || parsed.length !== length + 1) return null;
    const values = parsed.slice(1);
    return values.every((v) => Number.isSafeInteger(v)) ? (values as number[]) : null;
  } catch {
    return null;
  }
}
