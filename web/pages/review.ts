// Review page entry: the company and the review come from the address (/companies/:slug/reviews/:id).
import '../components/earful-review-page';

const [, , slug = '', , id = ''] = location.pathname.split('/');
const page = document.querySelector('earful-review-page');
if (page) {
  page.slug = decodeURIComponent(slug);
  page.reviewId = Number(id);
}
