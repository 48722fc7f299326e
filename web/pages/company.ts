// Company page entry: the slug comes from the address (/companies/:slug); the page starts once the server's HTML
// has painted.
import { afterNextPaint } from '../lib/after-next-paint';

const page = document.querySelector('earful-company-page');
// Set before the element is defined: Lit takes it over when it upgrades, before its first render.
if (page) page.slug = decodeURIComponent(location.pathname.split('/')[2] ?? '');
void afterNextPaint().then(() => import('../components/earful-company-page'));
