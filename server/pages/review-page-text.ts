// The words a review's own page leaves the server with: its title, description and heading, from the review
// and its company. Pure, so the page module stays short and the wording is tested on its own.
import type { CompanyDetail, Review } from '../contract/review';

/** About what search engines show of a description; a longer one is cut, so we cut it ourselves, at a word. */
export const DESCRIPTION_MAX = 150;

export interface ReviewPageText {
  /** "“Charged twice” — Netflix customer service review": the <title> with the site's name after it, and og:title. */
  shareTitle: string;
  /** The start of the moderated body. */
  description: string;
  /** The page's <h1>; the review's own title is the card's heading below it. */
  heading: string;
  /** The review's title, or what stands for it: "2-star review". */
  headline: string;
}

export function reviewPageText(review: Pick<Review, 'title' | 'rating' | 'body'>, company: Pick<CompanyDetail, 'name'>): ReviewPageText {
  const headline = review.title ?? `${review.rating}-star review`;
  const shareTitle = review.title
    ? `“${review.title}” — ${company.name} customer service review`
    : `${review.rating}-star review of ${company.name} customer service`;
  return {
    shareTitle,
    description: excerpt(review.body, DESCRIPTION_MAX),
    heading: `A review of ${company.name} customer service`,
    headline,
  };
}

/**
 * The text on one line, at most `max` characters (an ellipsis included), cut after the last whole word when
 * there is one in the second half; counted in code points, so no emoji or accent is split in two.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const words = space > cut.length / 2 ? cut.slice(0, space) : cut;
  // "Billed twice, then…" rather than "Billed twice,…"
  return `${words.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
