// A page's components start once the browser has painted the server's HTML, so their first render (a long task
// on a slow phone) never holds back the first paint. A hidden tab paints nothing: it starts at once.
export function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  // A frame callback runs just before the frame's paint; a task queued from it runs after that paint.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
