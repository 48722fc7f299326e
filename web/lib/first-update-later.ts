// A component's first render in a task of its own. Defining a component upgrades the element already in the page
// at once, so without this the module's evaluation and the first render of everything inside it were one long
// task (over 50 ms on a phone), blocking input; the browser may handle a tap in between.
import type { ReactiveElement } from 'lit';

/**
 * Runs `update` (the element's super.scheduleUpdate) at once, or for the first update in the next task. Until then
 * the element has the attribute `first-render-pending`, for which the page keeps the element's space (site.css),
 * as it did before the element was defined, so nothing below it moves in the frame painted in between.
 */
export async function firstUpdateLater(element: ReactiveElement, update: () => void): Promise<void> {
  if (!element.hasUpdated) {
    element.setAttribute('first-render-pending', '');
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  update();
  element.removeAttribute('first-render-pending');
}
