import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../../server/domain/screening/steps/redact-personal-data';

const redact = (text: string) => redactPersonalData(text).text;

// A spelled-out "at" email needs a local part that can be one: a price or a promo code before "at" is not.
describe('prices and codes before "at" a shop stay as written', () => {
  it.each([
    'Accounts were only $5 at acctshop.biz last week.',
    'Use code SAVE50 at www.x.shop for the discount.',
    'It costs 20 at cheapstuff.store and 30 elsewhere.',
    'Paid £12 at gadgets.co before the price went up.',
    'Enter WELCOME10 at www.deals.online to save.',
    'The same cable is 9.99 at cables.shop dot com style sites.',
  ])('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });

  it.each([
    ['jdoe42 at outlook dot com', 'mail [email removed] now'],
    ['JOHN AT EXAMPLE DOT COM', 'mail [email removed] now'],
    ['sales5 at acctshop.biz', 'mail [email removed] now'],
    ['jane [at] example [dot] com', 'mail [email removed] now'],
  ])('still removes %s', (address, expected) => {
    expect(redact(`mail ${address} now`)).toBe(expected);
  });
});
