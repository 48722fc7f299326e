// Realistic synthetic reviews for demos and benchmarks, from a seeded generator so runs repeat.
// A few carry personal data or swearing on purpose, to exercise moderation.
import type { ReviewSubmission } from '../../server/contract/review';

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const OPENINGS: Record<string, string[]> = {
  billing: [
    'I was charged twice for the same month.',
    'My bill went up without any notice.',
    'They kept charging my card after I cancelled.',
    'My payment was declined even though the card works everywhere else.',
  ],
  cancellation: [
    'I could not find the cancel button anywhere.',
    'Cancelling took three separate chats.',
    'The cancellation went through in two minutes.',
  ],
  login: ['I got locked out after a password reset.', 'The sign-in code never arrived.', 'I forgot which email the account used.'],
  'account-security': [
    'Someone changed the email on my account overnight.',
    'Unknown profiles appeared and the plan was upgraded.',
    'My account was hacked and used from another country.',
  ],
  household: [
    'The TV keeps saying it is not part of my household.',
    'After switching internet providers every device was blocked.',
    'Household verification failed while travelling.',
  ],
  'extra-member': ['The extra member invite never arrived.', 'I was billed for an extra member slot I never added.'],
  streaming: [
    'The app froze with an error code on my smart TV.',
    'Buffering every few minutes on a fast connection.',
    'Black screen with sound on the living-room TV.',
  ],
  content: [
    'Subtitles were out of sync on every episode.',
    'The audio track was in the wrong language.',
    'A show disappeared halfway through the season.',
  ],
  'gift-card': ['My gift card balance vanished.', 'The gift card code was rejected as already used.'],
  scam: ['I got a text saying my payment failed with a strange link.', 'A caller claiming to be support asked for my card.'],
  other: ['I had a general question about my plan.', 'I wanted to change the plan name on my invoice.'],
};

const MIDDLES = [
  'The agent was polite and explained what would happen next.',
  'I had to repeat my story to three different people before anyone understood.',
  'They asked for the last four digits of my card, which I gave, and then confirmed the charge on 3/14/2026.',
  'The chat bot kept sending me to the same help article over and over.',
  'I waited on hold for about 45 minutes before someone picked up.',
  'They told me the partner who bills me has to handle it, which nobody had said before.',
  'The representative escalated it to a specialist and sent me a confirmation email.',
  'It took a week and two follow-ups, but the refund of $15.49 finally showed up.',
  'They asked me to restart the router and sign out of all devices, which actually fixed it.',
  'Nobody could explain why the price changed from $6.99 to $7.99.',
  'The error code was NW-4-7 and the help page for it was out of date.',
  'I was told to expect an answer within 24 hours and got one in about 2 hours.',
];

/** Endings by tone, so a one-star review does not close with praise. */
const ENDINGS = {
  negative: [
    'I would not recommend relying on their support.',
    'Frustrating experience from start to finish.',
    'Still waiting for a real answer.',
  ],
  mixed: ['It worked out in the end, but it should not be this hard.', 'Fine in the end, slow to get there.'],
  positive: ['Overall I am satisfied with how it ended.', 'Great service, quick and friendly.'],
};

const SPICE = [
  'Call me on 020 7946 0958 if you had the same problem.',
  'My email is jamie.doe+billing@example.com if anyone wants to compare notes.',
  'This was a damn waste of an afternoon.',
  'What a shitty way to treat long-time customers.',
  'My card 4111 1111 1111 1111 was charged twice.',
  'They told me to read the code 482913 out loud, which felt wrong.',
];

const NAMES = ['Alex', 'Sam', 'Priya', 'Jordan', 'Maria', 'Chen', 'Fatima', 'Lukas', 'Aisha', 'Tom', 'Noor', 'Diego'];

export interface SyntheticOptions {
  /** Share of reviews given one personal-data or swearing sentence. */
  spiceRate?: number;
  minLength?: number;
  maxLength?: number;
}

/** One synthetic submission valid for the default and Netflix taxonomies. */
export function syntheticReview(rand: () => number, options: SyntheticOptions = {}): ReviewSubmission {
  const { spiceRate = 0.05, minLength = 40, maxLength = 1200 } = options;
  const issueType = pick(rand, Object.keys(OPENINGS));
  const resolved = pick(rand, ['yes', 'yes', 'partly', 'no', 'waiting'] as const);
  const rating = resolved === 'yes' ? pick(rand, [3, 4, 5, 5]) : resolved === 'partly' ? pick(rand, [2, 3, 4]) : pick(rand, [1, 1, 2, 3]);
  const sentences = [pick(rand, OPENINGS[issueType]!)];
  const target = minLength + Math.floor(rand() * (maxLength - minLength));
  // Each middle sentence at most once: a real reviewer does not tell the same part of the story twice.
  const middles = [...MIDDLES];
  while (middles.length > 0 && sentences.join(' ').length < target - 60) {
    sentences.push(middles.splice(Math.floor(rand() * middles.length), 1)[0]!);
  }
  if (rand() < spiceRate) sentences.splice(1, 0, pick(rand, SPICE));
  sentences.push(pick(rand, ENDINGS[rating <= 2 ? 'negative' : rating === 3 ? 'mixed' : 'positive']));
  const technical = issueType === 'streaming' || issueType === 'content';
  return {
    rating,
    title: sentences[0]!.replace(/\.$/, ''),
    body: sentences.join(' ').slice(0, maxLength),
    displayName: `Demo · ${pick(rand, NAMES)}`,
    issueType,
    contactMethod: pick(rand, [
      'in-app-call',
      'in-app-chat',
      'website-chat',
      'help-center',
      'phone',
      'email',
      'social-media',
      'billing-partner',
      'did-not-contact',
    ]),
    billingParty: pick(rand, [
      'company',
      'company',
      'company',
      'mobile-carrier',
      'cable-satellite',
      'internet-provider',
      'app-store',
      'bundle',
      'gift-card',
      'not-sure',
    ]),
    responseTime: pick(rand, ['under-5-min', '5-30-min', '30-60-min', '1-24-h', 'over-a-day', 'no-response']),
    nextStepsExplained: rand() < 0.6,
    outcome: pick(rand, [
      'refund',
      'partial-refund',
      'cancelled',
      'account-corrected',
      'access-restored',
      'device-fixed',
      'no-action',
      'other',
    ]),
    resolved,
    ...(technical
      ? { device: pick(rand, ['Samsung smart TV', 'iPhone 15', 'Roku Ultra', 'Fire TV Stick', 'Pixel 8', 'Chrome on Windows']) }
      : {}),
  };
}
