// A review and its company's reply as plain HTML, for readers without script: a searched company page and a
// review's own page show them inside <noscript>. Every text is escaped; nothing from a review becomes markup.
import type { Review } from '../contract/review';
import type { ReviewReply } from '../contract/reply';
import { replyHeading, resolutionLine } from '../contract/reply-labels';
import { escapeHtml } from './html';

const DATE = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const dateHtml = (iso: string) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(DATE.format(new Date(iso)))}</time>`;

/** "Response from Netflix", its text, when, "edited", and what the reviewer said came of it. */
export function replyHtml(reply: ReviewReply): string {
  const resolution = resolutionLine(reply);
  return [
    '<div class="reply">',
    `<p><strong>${escapeHtml(replyHeading(reply.companyName))}</strong></p>`,
    `<p class="reply-text">${escapeHtml(reply.body)}</p>`,
    `<p class="muted">Replied ${dateHtml(reply.createdAt)}${reply.edited ? ` · edited ${dateHtml(reply.updatedAt)}` : ''}</p>`,
    resolution ? `<p><strong>${escapeHtml(resolution)}</strong></p>` : '',
    '</div>',
  ].join('');
}

/** One review in a list: its title (or stars), rating, text, name and date, a link to its page, and the reply. */
export function reviewHtml(review: Review, path: string): string {
  const { reply } = review;
  return [
    '<article class="card">',
    `<h3>${escapeHtml(review.title ?? `${review.rating}-star review`)}</h3>`,
    `<p>${review.rating} out of 5 stars</p>`,
    `<p class="review-text">${escapeHtml(review.body)}</p>`,
    `<p class="muted">${escapeHtml(review.displayName)} · ${dateHtml(review.createdAt)} · <a href="${escapeHtml(path)}">Link to this review</a></p>`,
    reply ? replyHtml(reply) : '',
    '</article>',
  ].join('');
}
