// The company page's search, filters and sort in the address, and how a search moves the sort.
import { describe, expect, it } from 'vitest';
import { filtersFromSearch, NO_FILTERS, searchOfFilters, withSearch } from '../../web/lib/review-filters';

describe('review filters in the address', () => {
  it.each([
    ['', ''],
    ['?q=refund', '?q=refund'],
    ['?q=%20refund%20me%20', '?q=refund+me'],
    ['?q=refund&sort=relevance', '?q=refund'],
    ['?q=refund&sort=newest&rating=1', '?q=refund&rating=1&sort=newest'],
    ['?sort=relevance', ''],
    ['?q=&sort=lowest', '?sort=lowest'],
    ['?q=<img src=x onerror=alert(1)>', '?q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E'],
    [`?q=${'a'.repeat(250)}`, `?q=${'a'.repeat(200)}`],
  ])('%j reads back as %j', (search, again) => {
    expect(searchOfFilters(filtersFromSearch(search))).toBe(again);
  });

  it('sorts a search by relevance unless the reader chose a sort', () => {
    expect(filtersFromSearch('?q=refund').sort).toBe('relevance');
    const searched = withSearch(NO_FILTERS, 'refund');
    expect(searched).toMatchObject({ q: 'refund', sort: 'relevance' });
    expect(withSearch(searched, '')).toMatchObject({ q: '', sort: 'newest' });
    const lowest = withSearch({ ...NO_FILTERS, sort: 'lowest' }, 'refund');
    expect(lowest.sort).toBe('lowest');
    expect(withSearch({ ...searched, sort: 'helpful' }, 'refund late').sort).toBe('helpful');
  });
});
