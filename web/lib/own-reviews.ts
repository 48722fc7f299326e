// The reviews this browser wrote, with their manage tokens, so their author is not offered a helpful vote on
// them (and the server can refuse one). Kept only on the Earful site's own origin, never inside the widget.
const KEY = 'earful:own-reviews';

function readAll(): Record<string, string> {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return saved && typeof saved === 'object' ? (saved as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberOwnReview(id: number, token: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [id]: token }));
  } catch {
    // Storage blocked or full: the author is offered the vote, and the server still refuses it.
  }
}

/** The manage token of a review this browser wrote, or null. */
export function ownReviewToken(id: number): string | null {
  const token = readAll()[String(id)];
  return typeof token === 'string' ? token : null;
}
