// Opaque list cursors: the last row's sort key, tagged with its sort so a cursor cannot be replayed on another
// (a search's cursors are tagged apart: searchCursorTag).

export function encodeCursor(sort: string, values: number[]): string {
  return Buffer.from(JSON.stringify([sort, ...values])).toString('base64url');
}

/** The sort key values, or null when the cursor is malformed, belongs to another sort or has none of the lengths. */
export function decodeCursor(sort: string, cursor: string, length: number | readonly number[]): number[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed[0] !== sort || ![length].flat().includes(parsed.length - 1)) return null;
    const values = parsed.slice(1);
    return values.every((v) => Number.isSafeInteger(v)) ? (values as number[]) : null;
  } catch {
    return null;
  }
}

/** A search's cursors ([window] or [window, ...sort key], rows.ts SearchSort) never pass for a plain list's. */
export const searchCursorTag = (sort: string) => `search:${sort}`;
