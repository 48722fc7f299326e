// Home page entry: the company directory, once the server's HTML has painted.
import { afterFirstPaint } from '../lib/after-first-paint';

void afterFirstPaint().then(() => import('../components/earful-company-directory'));
