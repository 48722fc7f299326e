import { describe, expect, it } from 'vitest';
import { screenText } from '../../../server/domain/screening/screen-text';
import { NO_FACTS } from '../../../server/domain/screening/pipeline';
import { holdThreatsStep } from '../../../server/domain/screening/steps/hold-threats';
import { isThreat } from '../../../server/domain/screening/threats/is-threat';
import { mayThreaten } from '../../../server/domain/screening/threats/screen';
import { toWords } from '../../../server/domain/screening/threats/words';

describe('isThreat holds', () => {
  it.each([
    ['intent, the place named first', 'I know where your office is and I will come down there and kill that agent if this is not fixed'],
    ['a call on someone', 'Someone should shoot the manager who designed this'],
    ['a wish against a place', 'I hope someone burns their headquarters down'],
    ['a set phrase', 'Refund me or watch your back.'],
    ['a search for the person', "I'll find you"],
    ['a beating deserved', 'people like that agent deserve a beating'],
    ['intent without "I"', 'gonna punch the next rep'],
    ['a disguised spelling', 'I will k1ll the agent'],
    ['symbols for letters', "I'm gonna st@b the next rep"],
    ['stretched letters', 'I will kiiiill the supervisor'],
    ['a Cyrillic letter', 'I will k\u0456ll the agent'],
    ['a wish of death', 'I hope the agent who cancelled my plan dies.'],
    ['a passive call', 'That manager should be taken out back and shot.'],
    ['the reader warned', "Keep it up and you'll get shot."],
    ['an order', 'Burn their headquarters down.'],
    ['a body part', "I'll break your legs if my refund isn't here."],
    ['a weapon brought', "I'm bringing a gun to the store tomorrow."],
    ['the reader told to die', 'kys customer support'],
    ['a body part after a possessive', "I'll slit the agent's throat"],
    ['a blow struck with something', 'I really want to hit that rep with a chair.'],
    ['a harm to come on staff', 'That rep is going to get a beating if he calls me again.'],
    ['a wish to see it done', 'I want to see the CEO hanged.'],
    ['a body part for a beating', 'I will beat your ass.'],
    ['killed, in other words', 'The billing manager needs to be taken out.'],
    ['a group, and a life ended', "I want to end every immigrant's life."],
    ['"if only"', 'If only someone would strangle those immigrants.'],
    ['"death to"', 'Death to all women.'],
    ['a body part of people', 'Someone should snap the necks of all those immigrants.'],
    ['a person sought', "keep charging me and i'll come for your family"],
    ['a place then "shoot it up"', 'Ima pull up to the office and shoot it up'],
    ['a wish of death by an act', 'I hope the manager chokes to death.'],
    ['someone at your place of work', 'If this is not fixed I swear someone at your call centre is going to get hurt.'],
    ['a hospital', "Next time that technician comes round I'm going to put him in hospital."],
    ['acid thrown', "I'm going to throw acid in that rep's face."],
    ['a building wished down on them', 'Hope your whole building collapses on you.'],
  ])('%s', (_name, text) => expect(isThreat(text)).toBe(true));
});

describe('isThreat leaves alone', () => {
  it.each([
    ['craving', 'I could kill for a working remote'],
    ['a thing ruined', 'the price increase killed it for me'],
    ['success', 'this show is killing it'],
    ['negation', "I'm not going to hurt anyone"],
    ['a battery', 'my battery died'],
    ['hyperbole', 'the wait time is murder'],
    ['a message', 'shoot me an email'],
    ['praise', 'they nailed it, a killer feature'],
    ['longing', 'I was dying to watch it'],
    ['a deadline', 'We will beat the deadline'],
    ['hard work', 'burn the midnight oil'],
    ['employment', 'fire the manager'],
    ['a subscription', 'I am going to kill my subscription'],
    ['the reviewer as target', 'My husband is going to kill me when he sees this bill.'],
    ['a hazard', 'The cable is loose; someone is going to get hurt.'],
    ['a warning to readers', 'Watch your back with this company, they overcharge.'],
    ['something found for you', "I'll find you a better deal"],
    ['hanging up', 'The agent hung up on me twice.'],
    ['content described', 'Episode 3 where they bomb the office building was scary.'],
    ['a relationship ended', "You're dead to me, Netflix."],
    ['advice', "Don't kill yourself trying to reach them by phone."],
    ['a fee', 'They hit me with a $40 fee.'],
    ['a coffee', "I'll take the technician out for coffee, he was great."],
    ['hyperbole with "could"', 'I could strangle the app developers, the update is terrible.'],
    ['an inbox', "I'm going to blow up their inbox with complaints until they refund me."],
    ['a sequel', 'Someone should shoot a sequel, the first film was great.'],
    ['a feature', 'Death to autoplay, honestly.'],
    ['the back of a problem', "We'll break the back of this backlog by Friday."],
    ['a hazard to the bill', 'They will get hurt financially if they keep this up.'],
  ])('%s', (_name, text) => expect(isThreat(text)).toBe(false));
});

describe('mayThreaten', () => {
  it.each([
    ['a key word', 'I will kill the agent', true],
    ['a key word before punctuation', 'Kill!', true],
    ['a digit inside a word', 'k1ll', true],
    ['a symbol before a word', '$hoot him', true],
    ['stretched letters', 'kiiiill', true],
    ['a letter from another script', 'k\u0456ll', true],
    ['"end" before a person', 'I will end you', true],
    ['"be waiting"', "I'll be waiting for you", true],
    ['an ordinary review', 'In the end the agent refunded me; I was waiting for a week. My 4K TV and A55 phone work.', false],
  ])('%s', (_name, text, expected) => expect(mayThreaten(text)).toBe(expected));
});

describe('toWords', () => {
  it('reads back disguised words and splits clauses at sentence ends', () => {
    expect(toWords('I will k1ll. Sh00t, k.i.l.l!').list).toEqual(['i', 'will', 'kill', 'shoot', 'kill']);
    expect(toWords('kill you.Then more').clause).toEqual([0, 0, 1, 1]);
  });
});

describe('holdThreatsStep', () => {
  it('asks a moderator to look at a threat, with the reason they see', () => {
    const state = holdThreatsStep(
      { text: { title: '', body: 'If they charge me again I will kill the agent.', displayName: '' }, findings: [] },
      NO_FACTS,
    );
    expect(state.findings).toEqual([expect.objectContaining({ kind: 'threat', reason: 'threat of violence', severity: 'hold' })]);
  });

  it('reads the title and display name too', () => {
    const result = screenText({
      title: 'Someone needs to shoot their manager',
      body: 'Three hours on hold and no refund.',
      displayName: '',
    });
    expect(result.record).toMatchObject({ decision: 'hold', reasons: ['threat of violence'] });
  });

  it('leaves a review without threats as it was', () => {
    const state = { text: { title: 'Slow refund', body: 'Took three weeks to get my money back.', displayName: '' }, findings: [] };
    expect(holdThreatsStep(state, NO_FACTS)).toBe(state);
  });
});
