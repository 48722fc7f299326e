// The review and reply HTML readers without script get: every text escaped, the reply set apart with its lines.
import { describe, expect, it } from 'vitest';
import { replyHtml } from '../../server/pages/review-html';
import { resolutionLine } from '../../server/contract/reply-labels';
import type { ReviewReply } from '../../server/contract/reply';

const reply: ReviewReply = {
  body: '<img src=x onerror=alert(1)> We refunded it.',
  authorRole: 'representative',
  companyName: 'Netflix & Co',
  offersResolution: true,
  createdAt: '2026-06-02T09:00:00.000Z',
  updatedAt: '2026-06-04T09:00:00.000Z',
  edited: true,
  resolution: { answer: 'resolved', at: '2026-06-05T09:00:00.000Z' },
};

describe('replyHtml', () => {
  it('names the company, escapes the text and says it was edited and resolved', () => {
    const html = replyHtml(reply);
    expect(html).toContain('<strong>Response from Netflix &#38; Co</strong>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; We refunded it.');
    expect(html).not.toContain('<img');
    expect(html).toContain('Replied <time datetime="2026-06-02T09:00:00.000Z">Jun 2, 2026</time>');
    expect(html).toContain(' · edited <time datetime="2026-06-04T09:00:00.000Z">Jun 4, 2026</time>');
    expect(html).toContain('Resolved after the company&#39;s reply');
  });

  it('says nothing of an edit that did not happen', () => {
    expect(replyHtml({ ...reply, edited: false, offersResolution: false, resolution: null })).not.toMatch(/edited|resol/i);
  });
});

describe('resolutionLine', () => {
  it.each([
    [{ offersResolution: true, resolution: { answer: 'resolved' } }, "Resolved after the company's reply"],
    [{ offersResolution: true, resolution: { answer: 'not-resolved' } }, 'The reviewer says this did not resolve it'],
    [{ offersResolution: true, resolution: null }, 'The company offered a resolution; the reviewer has not said yet whether it worked'],
    [{ offersResolution: false, resolution: null }, null],
  ])('%j', (r, line) => {
    expect(resolutionLine(r)).toBe(line);
  });
});
