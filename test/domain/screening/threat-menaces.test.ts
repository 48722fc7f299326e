import { describe, expect, it } from 'vitest';
import { isThreat } from '../../../server/domain/screening/threats/is-threat';

// Veiled and passive threats written fresh after the rules, with the idioms that share their words.
describe('isThreat holds veiled threats', () => {
  it.each([
    ['deserve + passive act on a place', 'They deserve to have their offices blown up.'],
    ['deserve + passive act, a person named', 'That dispatcher deserves to have his car torched.'],
    ['should be strung up', 'The engineer who did this should be strung up.'],
    ['ought to be hanged', 'Whoever approved this fee ought to be hanged.'],
    ['would love to see + act', "Would love to see the manager's house set on fire."],
    ["I'd love to see + act", "I'd love to see your warehouse go up in flames."],
    ['teach a lesson', "I'll wait outside your shop and teach that clerk a lesson he won't forget."],
    ['teach a lesson, intent', "I'm going to teach your delivery guy a lesson he won't forget."],
    ['waiting for a person', "I'll be waiting for that technician after his shift."],
    ['see what happens to', 'Keep cutting my internet and see what happens to your van drivers.'],
    ["lucky I didn't", "That woman at the counter is lucky I didn't punch her lights out, next time I will."],
    ["lucky I didn't, a body part", "The courier is lucky I didn't break his nose."],
    ['alone with + weapon', 'Give me five minutes alone with the CEO and a baseball bat.'],
    ['alone with + tool', 'Let me get five minutes alone with your boss and a hammer.'],
    ['is getting hurt', 'Next rep who lies to me is getting hurt, I promise.'],
  ])('%s', (_, text) => expect(isThreat(text)).toBe(true));
});

describe('isThreat publishes their look-alikes', () => {
  it.each([
    'my patience was beaten down',
    'the agent killed my hopes',
    'they shot themselves in the foot',
    'the launch crashed and burned',
    'they blow up my phone with texts',
    "go knock 'em dead at the interview",
    'we need to fire the contractor',
    'forty pounds for a cable is daylight robbery',
    "I'd love to see the manager respond to this review.",
    'The staff deserve to have their wages raised.',
    'Wait and see what happens to your bill after the promo ends.',
    "I was lucky I didn't miss the last delivery slot.",
    'Five minutes alone with the manual and I had it working.',
    'The clerk taught me a lesson about reading the fine print.',
    'I waited outside the shop for an hour in the rain.',
    'My parcel is getting lost again, I promise you.',
    'The kids are getting hurt on that broken slide.',
    'The deal was strung along for weeks and I was blown away by the rudeness.',
    "Let's see what happens to the staff after the buyout.",
    "Lucky we didn't hit traffic on the way to the store.",
    'The engineer is getting hurt by these unrealistic targets.',
    'Workers are getting hurt in that warehouse, the safety is awful.',
    'I spent an hour alone with the manager and a stack of forms.',
    'They should have their photos blown up and framed in the lobby.',
  ])('%s', (text) => expect(isThreat(text)).toBe(false));
});
