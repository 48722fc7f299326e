// Personal data replaced by a visible token ("[phone number removed]") before anything is stored or logged.
// Detectors run in order of precedence: a card number is not also read as a phone number, and a date, a
// measurement or a tracking number claimed by the look-alikes is read as nothing after them.
import { SCREENED_FIELDS, withFindings, type Finding, type Step, type TextFields } from '../pipeline';
import { findAddresses } from '../personal-data/addresses';
import { findAccountNumbers, findIbans } from '../personal-data/bank-accounts';
import { findCards, findSecurityCodes } from '../personal-data/cards';
import { findCodes, findPasswords } from '../personal-data/credentials';
import { foldDigits } from '../personal-data/digits';
import { findEmails } from '../personal-data/emails';
import { findLookAlikes } from '../personal-data/look-alikes';
import { findNationalIds } from '../personal-data/national-ids';
import { findPhones } from '../personal-data/phones';
import { findSpans, replaceSpans, type Detector, type PersonalDataKind, type Span } from '../personal-data/spans';

export const DETECTORS: readonly Detector[] = [
  findEmails,
  findIbans,
  findCards,
  findSecurityCodes,
  findAccountNumbers,
  findLookAlikes,
  findNationalIds,
  findCodes,
  findPasswords,
  findAddresses,
  findPhones,
];

const REASONS: Record<PersonalDataKind, string> = {
  card: 'card number removed',
  phone: 'phone number removed',
  email: 'email removed',
  password: 'password removed',
  code: 'code removed',
  id: 'ID number removed',
  bank: 'bank account removed',
  account: 'account number removed',
  address: 'address removed',
};

/** Every detector needs a digit (of any script), an @, an "at" or a password word: a text with none has nothing to find. */
const MAY_HOLD_PERSONAL_DATA = /\p{Nd}|@|\bat\b|[[({<]at[\])}>]|pass|pw/iu;

export function redactPersonalData(text: string): { text: string; spans: Span[] } {
  if (text.length < 6 || !MAY_HOLD_PERSONAL_DATA.test(text)) return { text, spans: [] };
  // Detectors read digits of every script as ASCII; the spans index the original text, which keeps its digits.
  const spans = findSpans(foldDigits(text), DETECTORS);
  return spans.length ? { text: replaceSpans(text, spans), spans } : { text, spans };
}

export const redactPersonalDataStep: Step = (state) => {
  const counts = new Map<PersonalDataKind, number>();
  const text = { ...state.text } as TextFields;
  for (const field of SCREENED_FIELDS) {
    const result = redactPersonalData(state.text[field]);
    text[field] = result.text;
    for (const s of result.spans) if (s.kind !== 'keep') counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  }
  if (counts.size === 0) return state;
  const findings: Finding[] = [...counts].map(([kind, count]) => ({
    step: 'redact-personal-data',
    kind,
    count,
    effect: 'redacted',
    reason: REASONS[kind],
    severity: 'info',
    risk: Math.min(count, 3),
  }));
  return withFindings(state, text, findings);
};
