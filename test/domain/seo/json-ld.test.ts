import { describe, expect, it } from 'vitest';
import { companyJsonLd, reviewPageJsonLd, serializeJsonLd } from '../../../server/domain/seo/json-ld';
import type { CompanyDetail, Review } from '../../../server/contract/review';
import type { ReviewReply } from '../../../server/contract/reply';

const company = (count: number, average: number) =>
  ({
    slug: 'netflix',
    name: 'Netflix',
    category: 'Streaming',
    createdAt: '2026-01-01T00:00:00.000Z',
    taxonomy: {} as never,
    summary: { count, average, distribution: [], text: '' },
  }) satisfies CompanyDetail;

const review = (over: Partial<Review> = {}): Review => ({
  id: 1,
  company: 'netflix',
  rating: 2,
  title: 'Charged twice',
  body: 'Billed twice, </script><script>alert(1)</script>',
  displayName: 'Sam',
  issueType: 'billing',
  contactMethod: 'phone',
  billingParty: 'company',
  responseTime: null,
  nextStepsExplained: null,
  outcome: null,
  resolved: 'no',
  device: null,
  outcomeUpdate: null,
  reply: null,
  status: 'published',
  helpfulCount: 0,
  createdAt: '2026-06-01T10:00:00.000Z',
  updatedAt: '2026-06-01T10:00:00.000Z',
  ...over,
});

describe('companyJsonLd', () => {
  it('describes the Organization with its AggregateRating and published Reviews', () => {
    const ld = companyJsonLd(company(318, 4.2), [review(), review({ id: 2, status: 'pending' })], 'https://example.com/companies/netflix');
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Netflix',
      url: 'https://example.com/companies/netflix',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.2, ratingCount: 318, reviewCount: 318, bestRating: 5, worstRating: 1 },
      review: [
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Sam' },
          datePublished: '2026-06-01',
          name: 'Charged twice',
          reviewBody: 'Billed twice, </script><script>alert(1)</script>',
          reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1 },
        },
      ],
    });
  });

  it('has no AggregateRating and no Review without reviews', () => {
    const ld = companyJsonLd(company(0, 0), [], 'https://example.com/companies/netflix');
    expect(ld).not.toHaveProperty('aggregateRating');
    expect(ld).not.toHaveProperty('review');
  });

  it('serialises so that review text cannot close the script element', () => {
    const text = serializeJsonLd(companyJsonLd(company(1, 2), [review()], 'https://example.com/'));
    expect(text).not.toMatch(/<\/script/i);
    expect(JSON.parse(text).review[0].reviewBody).toBe('Billed twice, </script><script>alert(1)</script>');
  });
});

describe('reviewPageJsonLd', () => {
  const url = 'https://example.com/companies/netflix/reviews/1';
  const companyUrl = 'https://example.com/companies/netflix';

  it('describes one Review of the Organization, with its rating, author and date', () => {
    expect(reviewPageJsonLd(review(), company(3, 2), url, companyUrl)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Review',
      url,
      itemReviewed: { '@type': 'Organization', name: 'Netflix', url: companyUrl },
      author: { '@type': 'Person', name: 'Sam' },
      datePublished: '2026-06-01',
      name: 'Charged twice',
      reviewBody: 'Billed twice, </script><script>alert(1)</script>',
      reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1 },
    });
  });

  it('has no name for a review without a title', () => {
    expect(reviewPageJsonLd(review({ title: null }), company(1, 2), url, companyUrl)).not.toHaveProperty('name');
  });

  it('serialises so that no title, text or name can close the script element', () => {
    const hostile = review({ title: '</script><!--', displayName: 'Sam "</SCRIPT>', body: 'a\u2028b </script >' });
    const text = serializeJsonLd(reviewPageJsonLd(hostile, company(1, 2), url, companyUrl));
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toMatchObject({
      name: '</script><!--',
      author: { name: 'Sam "</SCRIPT>' },
      reviewBody: 'a\u2028b </script >',
    });
  });
});

describe('the company’s reply', () => {
  const reply: ReviewReply = {
    body: 'Sorry about that, </script> we refunded the second charge.',
    authorRole: 'representative',
    companyName: 'Netflix',
    offersResolution: true,
    createdAt: '2026-06-02T09:00:00.000Z',
    updatedAt: '2026-06-03T09:00:00.000Z',
    edited: true,
    resolution: null,
  };
  const withReply = (over: Partial<ReviewReply> = {}) => review({ reply: { ...reply, ...over } });

  it('is the Review’s Comment, written by the Organization', () => {
    const ld = reviewPageJsonLd(withReply(), company(1, 2), 'https://example.com/r/1', 'https://example.com/c') as Record<string, unknown>;
    expect(ld['comment']).toEqual({
      '@type': 'Comment',
      text: 'Sorry about that, </script> we refunded the second charge.',
      dateCreated: '2026-06-02T09:00:00.000Z',
      dateModified: '2026-06-03T09:00:00.000Z',
      author: { '@type': 'Organization', name: 'Netflix' },
    });
    expect(serializeJsonLd(ld)).not.toMatch(/<\/script/i);
  });

  it('goes with the review on the company page too, with no dateModified when never edited', () => {
    const ld = companyJsonLd(company(1, 2), [withReply({ edited: false })], 'https://example.com/') as {
      review: Record<string, unknown>[];
    };
    expect(ld.review[0]?.['comment']).toEqual({
      '@type': 'Comment',
      text: reply.body,
      dateCreated: reply.createdAt,
      author: { '@type': 'Organization', name: 'Netflix' },
    });
  });

  it('is left out when the review has no published reply', () => {
    expect(reviewPageJsonLd(review({ reply: null }), company(1, 2), 'u', 'c')).not.toHaveProperty('comment');
  });
});
