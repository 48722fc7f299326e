import { describe, expect, it } from 'vitest';
import { screenText } from '../../../server/domain/screening/screen-text';
import { isPromotion } from '../../../server/domain/screening/spam/promotion';

describe('isPromotion holds', () => {
  it.each([
    ['a link, free codes and a call to click', 'visit youtube.com/c/dealz for FREE PEACOCK codes!!! Click now!!!'],
    ['a handle and cheap goods', 'DM me on insta @dealz for cheap accounts'],
    ['a promo code of ones own', 'Use my promo code SAVE50 at streamdeals.io'],
    ['a giveaway', 'GIVEAWAY this week on youtube.com/@freebies, 10 accounts!'],
    ['a price offered', 'Premium for only $4 a month at cheapflix.xyz!!!'],
    ['a seller on a newer domain', 'Win $1000 cash at spinwin.bet'],
    ['a redacted phone to order on', 'Best IPTV, 7 day free trial, whatsapp [phone number removed]'],
    ['a link in a profile', 'Click the link in my profile for free 4K streaming'],
    ['goods sold in the first person', 'I sell Disney accounts for 3 euros, contact me on telegram @disneyseller'],
    ['a price asked with a handle', 'Netflix 4K for $3/month, message me on telegram @cheapflixuk'],
    ['a shop of ones own', 'Hey everyone, my store tvdeals.shop has unbeatable prices on boxes'],
    ['self-promotion with a link', 'Pls follow this channel!! http://www.twitch.tv/sevadus'],
    ['a referral link', 'http://tankionline.com#friend=cd92db3f4 great game check it out!'],
    ['a spaced-out domain', 'marketglory . com/strategygame/andrijamatf earn real money from game'],
    ['a channel of ones own', 'Subscribe to my YouTube channel for daily streaming hacks: youtube.com/@streamhacks'],
    ['a product of ours', 'Tired of buffering? Our VPN fixes it, try free at fastvpn.xyz'],
    ['cheap goods and "DM for details"', 'Cheap Paramount+ accounts, 1 year, only $10, DM for details'],
  ])('%s', (_name, text) => expect(isPromotion(text)).toBe(true));
});

describe('isPromotion leaves alone', () => {
  it.each([
    ["the company's help page", 'help.netflix.com told me to restart'],
    ["the company's account page", 'I followed netflix.com/account'],
    ['a free trial complained of', 'Signed up for the free trial at peacocktv.com and it auto-renewed.'],
    ['a promo code that failed', 'Tried to use promo code SPRING at disneyplus.com, error every time.'],
    ["the company's support handle", 'They said DM us at @PeacockTV and never replied.'],
    ['a price reported', 'It was only $5 on amazon.com, they charged me $30.'],
    ['a price one would pay', 'I would pay only $5 for this service; see netflix.com/pricing.'],
    ['codes a company gives others', 'They give free codes to influencers, I read on reddit.com.'],
    ['a reviewer offering help', 'Text me on [phone number removed] if the same happened to you.'],
    ['selling words with no way to reach anyone', 'FREE codes!!! Click now!!!'],
    ['a warning about spam', "Did anyone else get the 'free codes' spam after signing up at paramountplus.com?"],
    ['a phishing email quoted', "I got an email saying 'Click here to claim your refund', not from max.com."],
    ['a review elsewhere', 'Check out my full review on trustpilot.com, same problems.'],
    ['money owed', "They said I'd get paid back within 5 days, per help.paypal.com, still waiting."],
    ["the company's own sweepstakes", 'The chance to win tickets on their site (max.com/sweepstakes) was a joke.'],
    ['a scam warned of', "A guy on reddit.com was selling 'cheap accounts', obviously a scam, avoid."],
  ])('%s', (_name, text) => expect(isPromotion(text)).toBe(false));
});

describe('holdPromotionStep', () => {
  it('holds promotion with the reason the moderator sees', () => {
    const result = screenText({ body: 'visit youtube.com/c/dealz for FREE PEACOCK codes!!! Click now!!!' });
    expect(result.record.decision).toBe('hold');
    expect(result.record.reasons).toContain('promotion');
  });

  it('reads the display name too', () => {
    const result = screenText({ body: 'Great catalogue, the app is fast on my TV.', displayName: 'FREE codes at dealz.xyz' });
    expect(result.record.reasons).toContain('promotion');
  });

  it('keeps a plain mention of the company help page published', () => {
    const result = screenText({ body: 'help.netflix.com told me to restart the router, which fixed the buffering.' });
    expect(result.record).toMatchObject({ decision: 'publish' });
    expect(result.record.reasons).not.toContain('promotion');
  });
});
