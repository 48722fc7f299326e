// Words for the audit trail's codes: what each action was, who or what it was about, and its details as short
// phrases, so admins read "Rejected · Reason: Spam or advertising" rather than codes and JSON.
import { COMPANY_TEMPLATES } from '../../server/contract/company-limits';
import type { AuditEntry } from '../../server/contract/moderation';
import { DECISION_REASON_LABELS } from './reason-labels';
import { describeChanges } from './moderated-text';

/** Every action the server records, in the order the filter offers them. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'review.approve': 'Approved a review',
  'review.edit-approve': 'Edited and approved a review',
  'review.reject': 'Rejected a review',
  'review.remove': 'Removed a review',
  'review.restore': 'Restored a review',
  'review.hidden-by-reports': 'Review hidden by reader reports',
  'review.author-edit': 'Author edited their review',
  'review.author-outcome': 'Author reported a later outcome',
  'review.author-erase': 'Author erased their review',
  'company.add': 'Added a company',
  'guide.update': 'Updated a company guide',
  'guide.seed': 'Company guide seeded',
  'moderator.add': 'Added a moderator',
  'moderator.change': 'Changed a moderator',
  'moderator.password-reset': 'Reset a password',
  'auth.login': 'Signed in',
  'auth.login-failed': 'Failed sign-in',
  'auth.login-throttled': 'Sign-in refused: too many failures',
  'auth.logout': 'Signed out',
  'auth.logout-all': 'Signed out of all devices',
  'auth.password-change': 'Changed their password',
  'auth.password-change-failed': 'Failed password change',
};

const STATUS_LABELS: Record<string, string> = {
  pending: 'Waiting',
  published: 'Published',
  rejected: 'Rejected',
  removed: 'Removed',
};

const TARGET_LABELS: Record<string, string> = { review: 'Review', company: 'Company', moderator: 'Moderator', guide: 'Guide' };

export const actionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action.replace(/[.-]/g, ' ');

export function targetLabel(e: AuditEntry): string {
  const what = TARGET_LABELS[e.targetType] ?? e.targetType;
  if (e.targetType === 'company' && typeof e.details.slug === 'string') return `${what} /companies/${e.details.slug}`;
  return e.targetId ? `${what} ${e.targetId}` : what;
}

export function statusChange(e: AuditEntry): string {
  if (!e.statusBefore && !e.statusAfter) return '';
  const label = (s: string | null) => (s ? (STATUS_LABELS[s] ?? s) : '—');
  return `${label(e.statusBefore)} → ${label(e.statusAfter)}`;
}

const QUESTION_WORDS: Record<string, string> = {
  issueType: 'problems',
  contactMethod: 'ways of contact',
  billingParty: 'who billed',
  outcome: 'outcomes',
};

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function plain(value: unknown): string {
  if (Array.isArray(value)) return value.map(plain).join(', ');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${words(k)} ${plain(v)}`)
      .join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** The details as phrases; keys the page has no words for still read as "Key: value", never as JSON. */
export function detailPhrases(details: Record<string, unknown>): string[] {
  const d = details;
  const out: string[] = [];
  const changes = describeChanges((d.redactions as Record<string, number> | undefined) ?? {}, Number(d.masked ?? 0));
  for (const [key, value] of Object.entries(d)) {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    switch (key) {
      case 'reason':
        out.push(`Reason: ${DECISION_REASON_LABELS[value as keyof typeof DECISION_REASON_LABELS] ?? plain(value)}`);
        break;
      case 'note':
        out.push(`Note: “${plain(value)}”`);
        break;
      case 'edited':
        out.push(`Changed: ${plain(value)}`);
        break;
      case 'redactions':
        if (changes.length > 0) out.push(capital(changes.join(', ')));
        break;
      case 'masked':
        break;
      case 'reportsResolved':
        out.push(`${plain(value)} reader ${value === 1 ? 'report' : 'reports'} closed`);
        break;
      case 'via':
        out.push(value === 'command-line' ? 'From the command line' : 'From the console');
        break;
      case 'by':
        out.push(value === 'author' ? 'By the review’s author' : `By ${plain(value)}`);
        break;
      case 'template':
        out.push(`Review form: ${COMPANY_TEMPLATES[value as keyof typeof COMPANY_TEMPLATES] ?? plain(value)}`);
        break;
      case 'ownAnswers':
        out.push(`Own answers for: ${(value as string[]).map((f) => QUESTION_WORDS[f] ?? words(f)).join(', ')}`);
        break;
      case 'slug':
        out.push(`Address: /companies/${plain(value)}`);
        break;
      case 'knownAccount':
        out.push(value ? 'Existing account' : 'No such account');
        break;
      case 'disabled':
        out.push(value ? 'Account disabled' : 'Account enabled');
        break;
      default:
        out.push(`${capital(words(key))}: ${plain(value)}`);
    }
  }
  return out;
}
