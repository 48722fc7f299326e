// Words for a company reply: what moderation changed in it, as sentences ("an email address was removed"),
// and the reply's dates.
import type { ModerationRecord } from '../../server/contract/review';
import type { ReviewReply } from '../../server/contract/reply';
import { formatDate } from './format';

// The kinds server/domain/screening/personal-data/spans.ts reports, one and many.
const KINDS: Record<string, [string, string]> = {
  phone: ['a phone number', 'phone numbers'],
  card: ['a card number', 'card numbers'],
  email: ['an email address', 'email addresses'],
  password: ['a password', 'passwords'],
  code: ['a code', 'codes'],
  id: ['an ID number', 'ID numbers'],
  bank: ['a bank account', 'bank accounts'],
  account: ['an account number', 'account numbers'],
  address: ['an address', 'addresses'],
};

/** "an email address was removed", "2 words were soft-masked": one line per kind of change. */
export function replyChanges(moderation: Pick<ModerationRecord, 'redactions' | 'masked' | 'markupRemoved'>): string[] {
  const lines = Object.entries(moderation.redactions)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => {
      const [one, many] = KINDS[kind] ?? [`an item of ${kind.replace(/[-_]/g, ' ')}`, `items of ${kind.replace(/[-_]/g, ' ')}`];
      return n === 1 ? `${one} was removed` : `${n} ${many} were removed`;
    });
  if (moderation.masked > 0) lines.push(moderation.masked === 1 ? 'a word was soft-masked' : `${moderation.masked} words were soft-masked`);
  if (moderation.markupRemoved) lines.push('markup was removed');
  return lines;
}

/** "Replied on Dec 7, 2026 · edited" */
export function replyDates(reply: ReviewReply): string {
  return `Replied on ${formatDate(reply.createdAt)}${reply.edited ? ` · edited ${formatDate(reply.updatedAt)}` : ''}`;
}
