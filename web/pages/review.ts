// Review page entry: the company and the review come from the address (/companies/:slug/reviews/:id); the page
// starts once the server's HTML has painted.
import { afterNextPaint } from '../lib/after-next-paint';

const [, , slug = '', , id = ''] = location.pathname.split('/');
const page = document.querySelector('earful-review-page');
// Set before the element is defined: Lit takes them over when it upgrades, before its first render.
if (page) {
  page.slug = decodeURIComponent(slug);
  page.reviewId = Number(id);
}
void afterNextPaint().then(() => import('../components/earful-review-page'));
