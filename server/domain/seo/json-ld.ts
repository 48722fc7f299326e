// schema.org JSON-LD for a company page (Organization with its AggregateRating and recent Reviews) and for a
// review's own page (one Review of the Organization), in the shapes search engines read for review rich results;
// a company's reply is the Review's Comment.
import type { ReviewReply } from '../../contract/reply';
import type { CompanyDetail, Review } from '../../contract/review';

const RATING_SCALE = { bestRating: 5, worstRating: 1 } as const;

function reviewJsonLd(review: Review) {
  const { reply } = review;
  return {
    '@type': 'Review',
    author: { '@type': 'Person', name: review.displayName },
    datePublished: review.createdAt.slice(0, 10),
    ...(review.title ? { name: review.title } : {}),
    reviewBody: review.body,
    reviewRating: { '@type': 'Rating', ratingValue: review.rating, ...RATING_SCALE },
    ...(reply ? { comment: replyJsonLd(reply) } : {}),
  };
}

/** The company's reply as the Review's `comment` (a Review is a CreativeWork, which schema.org gives `comment`). */
function replyJsonLd(reply: ReviewReply) {
  return {
    '@type': 'Comment',
    text: reply.body,
    dateCreated: reply.createdAt,
    ...(reply.edited ? { dateModified: reply.updatedAt } : {}),
    author: { '@type': 'Organization', name: reply.companyName },
  };
}

/**
 * Only published reviews are described. Without any review there is no AggregateRating: a rating of
 * 0 from 0 reviews is invalid for rich results and says nothing true.
 */
export function companyJsonLd(company: CompanyDetail, reviews: Review[], url: string): object {
  const { count, average } = company.summary;
  const published = reviews.filter((r) => r.status === 'published');
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: company.name,
    url,
    ...(count > 0
      ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: average, ratingCount: count, reviewCount: count, ...RATING_SCALE } }
      : {}),
    ...(published.length > 0 ? { review: published.map(reviewJsonLd) } : {}),
  };
}

/** One review on its own page: the same Review as on the company page, naming what it reviews and where. */
export function reviewPageJsonLd(review: Review, company: Pick<CompanyDetail, 'name'>, url: string, companyUrl: string): object {
  return {
    '@context': 'https://schema.org',
    ...reviewJsonLd(review),
    url,
    itemReviewed: { '@type': 'Organization', name: company.name, url: companyUrl },
  };
}

const SCRIPT_SAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a <script type="application/ld+json"> element: "<" and the line separators are escaped, in one pass
 * over the text, so no review text can close the element or break the script.
 */
export function serializeJsonLd(value: object): string {
  return escapeJsonForScript(JSON.stringify(value));
}

/** The same escaping for JSON text serialised already. */
export const escapeJsonForScript = (json: string): string => json.replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_SAFE[c]!);
