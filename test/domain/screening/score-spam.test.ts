import { describe, expect, it } from 'vitest';
import { scoreSpam } from '../../../server/domain/screening/steps/score-spam';
import { NO_FACTS, type ModerationFacts } from '../../../server/domain/screening/pipeline';

const reasons = (body: string, facts: ModerationFacts = NO_FACTS, title = '') => scoreSpam(title, body, facts).map((f) => f.reason);
const CLEAN = 'The agent on chat refunded the double charge within a day and explained what happens next.';

describe('scoreSpam', () => {
  it.each([
    ['a link', 'Get it free at https://deals.example.biz/netflix now, works for everyone', 'link to another site'],
    ['a www address', 'Cheaper plans on www.example-deals.com for all of you', 'link to another site'],
    ['a link shortener', 'Free month here bit.ly/3xYz for everyone reading this', 'link shortener'],
    ['a bare domain', 'I cancelled through netflix.com because the app hides the button', 'web address'],
    ['shouting', 'THIS SERVICE IS ABSOLUTELY TERRIBLE AND I WANT MY MONEY BACK NOW', 'written in capitals'],
    ['repeated characters', 'Sooooooo slow, the app froze again and again, really bad!!!!!!!!', 'repeated characters'],
    ['the same word in a row', 'bad bad bad bad service from this company today', 'repeated words'],
    ['one word everywhere', 'cheap cheap deals cheap prices cheap plans cheap now cheap here cheap', 'repeated words'],
    ['keyboard mashing', 'asdfgh qwerty zxcvbn sdfghj lkjhgf poiuyt', 'looks like gibberish'],
    ['one endless word', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'looks like gibberish'],
    ['too few words', 'Terrible. Avoid!', 'too short to be useful'],
  ])('flags %s', (_name, body, reason) => {
    expect(reasons(body)).toContain(reason);
  });

  it('finds nothing in an ordinary review', () => {
    expect(reasons(CLEAN)).toEqual([]);
  });

  it('counts redaction tokens and masks as none of the reviewer\u2019s words', () => {
    expect(reasons('Call [phone number removed] f— s—')).toContain('too short to be useful');
  });

  it.each([
    [{ duplicateBody: true, recentFromClient: 0, rateLimit: 5 }, 'same text already submitted for this company'],
    [{ duplicateBody: false, recentFromClient: 3, rateLimit: 5 }, 'several reviews from one client this hour'],
    [{ duplicateBody: false, recentFromClient: 5, rateLimit: 5 }, 'too many reviews from one client'],
  ])('uses the loaded facts %j', (facts, reason) => {
    expect(reasons(CLEAN, facts)).toContain(reason);
  });
});
