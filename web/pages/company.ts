// Company page entry: the slug comes from the address (/companies/:slug).
import '../components/earful-company-page';

const slug = decodeURIComponent(location.pathname.split('/')[2] ?? '');
const page = document.querySelector('earful-company-page');
if (page) page.slug = slug;
