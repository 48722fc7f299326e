import { describe, expect, it } from 'vitest';
import { applyMasks, findProfanity } from '../../../server/domain/screening/profanity/find-profanity';
import { isHeavySwearing, maskProfanityStep } from '../../../server/domain/screening/steps/mask-profanity';
import { NO_FACTS } from '../../../server/domain/screening/pipeline';

const masked = (text: string) => applyMasks(text, findProfanity(text));

describe('findProfanity soft-masks', () => {
  it.each([
    ['plain swearing', 'This was a damn waste.', 'This was a d— waste.'],
    ['an inflection', 'The fuckers never answer.', 'The f— never answer.'],
    ['a compound', 'What a dumbass policy, total bullshit.', 'What a d— policy, total b—.'],
    ['any case', 'STOP FUCKING CHARGING ME', 'STOP F— CHARGING ME'],
    ['leetspeak', 'a real b1tch, sh1t service', 'a real b—, s— service'],
    ['symbols', 'f*cking ridiculous, a**hole, $hit', 'f— ridiculous, a—, s—'],
    ['stretched letters', 'Shiiiiit and fuuuuck', 'S— and f—'],
    ['spaced letters', 'the f u c k i n g app', 'the f— app'],
    ['dotted letters', 'a s.h.i.t way', 'a s— way'],
    ['Cyrillic look-alikes', 'total \u0455\u04bb\u0456t', 'total s—'],
    ['Greek look-alikes', 'f\u03c5cking outrageous', 'f— outrageous'],
    ['small capitals', '\ua730\u1d1c\u1d04\u1d0b this', 'f— this'],
    ['a joined word', 'a piece-of-shit app', 'a piece-of-s— app'],
    ['camel case', 'FuckNetflix', 'F—Netflix'],
    ['a slur', 'called me a faggot', 'called me a f—'],
  ])('%s', (_name, input, expected) => {
    expect(masked(input)).toBe(expected);
  });
});

describe('findProfanity keeps', () => {
  it.each([
    'Scunthorpe General Hospital',
    'Penistone Community Church',
    'assume, embassy, cockpit, Hitchcock, analyst, scrapbook, Middlesex, classic, basement',
    'shitake mushrooms at Dr. Herman I. Libshitz',
    'magna cum laude, summa cum laude',
    'Dick Van Dyke, Moby Dick, Philip K. Dick and Dick\u2019s Sporting Goods',
    'http://www.cum.qc.ca/ and RomansInSussex.co.uk',
    'Sex Education, Hell\u2019s Kitchen and Super Bowl XXX',
    'Twatt, Shitterton, Cockermouth, Bitche and Saturday',
    'My Samsung Galaxy A55 froze',
    'who\u2019re you, Shi\u2019ite, Shiite',
    'cocky, cocktail, peacock, pussycat, butter',
  ])('%s', (input) => {
    expect(masked(input)).toBe(input);
  });
});

describe('holds', () => {
  it.each([
    [1, 20, false],
    [2, 5, true],
    [3, 40, false],
    [4, 200, true],
  ])('isHeavySwearing(%i masked of %i words) is %s', (n, words, expected) => expect(isHeavySwearing(n, words)).toBe(expected));

  it.each([
    ['slurs', 'The agent called me a faggot on the phone.', 'slur'],
    ['very heavy swearing', 'Fuck this fucking company and their shit app, fucking useless.', 'very heavy swearing'],
  ])('asks a moderator to look at %s', (_name, body, reason) => {
    const state = maskProfanityStep({ text: { title: '', body, displayName: '' }, findings: [] }, NO_FACTS);
    expect(state.findings.find((f) => f.reason === reason)?.severity).toBe('hold');
  });

  it('masks ordinary swearing without asking for a hold', () => {
    const state = maskProfanityStep(
      { text: { title: 'Shitty refund', body: 'Took three weeks and two chats to sort out.', displayName: '' }, findings: [] },
      NO_FACTS,
    );
    expect(state.text.title).toBe('S— refund');
    expect(state.findings).toEqual([expect.objectContaining({ kind: 'profanity', count: 1, effect: 'masked', severity: 'info' })]);
  });
});

describe('obscenity on the words that need it', () => {
  it('masks exactly what obscenity on the whole text would, on the corpus, disguises and ordinary reviews', async () => {
    const { readFileSync } = await import('node:fs');
    const corpus = JSON.parse(readFileSync(new URL('../../fixtures/moderation-corpus.json', import.meta.url), 'utf8')) as {
      cases: { text: string }[];
    };
    const { seededRandom, syntheticReview } = await import('../../../db/seed/synthetic-reviews');
    const rand = seededRandom(7);
    const reviews = Array.from({ length: 300 }, () => syntheticReview(rand, { spiceRate: 0.3 }).body);
    const disguises = [
      'ffuk you',
      'shhit',
      'fսck',
      'ʃ𝐟ʃὗƈｋ',
      'f*ck',
      'a$$',
      'wordsbeforefuckandafter',
      'cuuunt',
      'biiitch',
      'twaat',
      'Fuuuck',
      'c0ck',
    ];
    for (const text of [...corpus.cases.map((c) => c.text), ...reviews, ...disguises]) {
      expect(applyMasks(text, findProfanity(text))).toBe(applyMasks(text, findProfanity(text, { obscenityOnWholeText: true })));
    }
  });
});
