// Work that can wait starts once the browser has painted what it has: a page's components wait for the server's
// HTML to paint, a page's lower parts for its first screen. A hidden tab paints nothing: it starts at once.
export function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  // A frame callback runs just before the frame's paint; a task queued from it runs after that paint.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
