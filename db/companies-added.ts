// A company added changes the site-wide figures (the ranked list of companies): this process's kept answers drawn
// from every company are rebuilt at once, once the company is committed (db/figures-epoch.ts).
import { noteFiguresChanged } from './figures-epoch';

/** Passes `added` (a count or the new company) through, noting a figure change when it is one. */
export function companiesAdded<T>(added: T): T {
  if (added) noteFiguresChanged();
  return added;
}
