// Home page entry: the company directory, once the server's HTML has painted.
import { afterNextPaint } from '../lib/after-next-paint';

void afterNextPaint().then(() => import('../components/earful-company-directory'));
