// Promotion: a way to reach the seller (a link, a handle, "DM me") together with selling words ("free codes",
// "click now", "only $5"). A link alone, or a complaint about an offer, is not promotion: it takes both.
import { countLinks } from './links';

/** A handle, not an email (emails are redacted before this runs) nor a price ("@ $5"). */
const HANDLE = /(?<![\w.@])@ ?[a-z][a-z0-9_.]{1,29}\b/i;
/** Asked to get in touch with the writer: "DM me", "hit me up", "add me on snap". */
const CONTACT =
  /\b(?:dm|pm|inbox|message|msg|text|whatsapp|telegram|hmu|add|follow|contact)\s+me\b|\bhit\s+me\s+up\b|\blink\s+in\s+(?:my\s+)?(?:bio|profile)\b|\bdm\s+for\s+(?:details|info|more|price|prices)\b/i;
/** Domains on the newer top-level names sellers favour, which the spam score's list of common ones leaves out. */
/** Their endings, the one part a text must have before the slower search for a whole domain is worth running. */
const SELLER_ENDING =
  /\.\s{0,3}(?:com|net|org|co|info|biz|bet|lol|blog|stream|games?|media|deals|codes|email|digital|network|tech|news|plus|cloud|video|movie|watch|casino|gifts?|sale|promo|buzz|cam|fit|monster|rest|sbs|cfd|quest|bond|pro|mobi|one|tube|stream)(?![\w-])/i;
const SELLER_DOMAIN =
  /(?<![\w.@-])[a-z0-9-]{3,40}\s{1,3}\.\s{1,3}(?:com|net|org|co|info|biz)\b|(?<![\w.@-])[a-z0-9][a-z0-9-]{0,40}\.(?:bet|lol|blog|stream|games?|media|deals|codes|email|digital|network|tech|news|plus|cloud|video|movie|watch|casino|gifts?|sale|promo|buzz|cam|fit|monster|rest|sbs|cfd|quest|bond|pro|mobi|one|tube|stream)(?![\w-])/i;
const REDACTED_CONTACT = /\[(?:email|phone number) removed\]/i;

const GOODS = String.raw`(?:codes?|accounts?|subs|subscriptions?|logins?|gift\s?cards?|giftcards?|money|cash|robux|v-?bucks|followers|likes|iptv|firesticks?|fire\s?sticks?|boxes|sticks|vpns?|keys|licen[cs]es?|vouchers?|coupons?|crypto|bitcoin|btc|streams)`;
/** A price; a digit run is only read from its start, so a long run of digits costs one pass. */
const PRICE = String.raw`[$£€]\s?\d{1,6}(?:[.,]\d\d)?|(?<![\d.,])\d{1,6}(?:[.,]\d\d)?\s?(?:[$£€]|usd|dollars|bucks|euros?|quid)`;

/** Up to four words between a selling word and the goods: "free Nitro and Netflix accounts", "free $50 gift card". */
const BETWEEN = String.raw`(?:[\w$£€+,]+\s+){0,4}?`;

/** A customer telling what a company gave them, not a seller offering: "they give free codes to influencers". */
const TOLD = String.raw`(?<!\b(?:they|he|she|it|who|agents?|reps?|support|company)\s(?:\w{1,20}\s)?(?:give|gave|gives|giving|offer|offers|offered|promise|promised|send|sent|hand|handed)\s(?:\w{1,20}\s)?)`;
/** The start of a sentence, where an order stands: "Get Disney+ for free". */
const SENTENCE_START = String.raw`(?<=^|[.!?:>]\s{0,3}|\n)`;

/** Selling words with their weight: four points hold a review that also gives a way to reach the seller. */
const SIGNALS: readonly [RegExp, number][] = [
  // A customer warning about sellers is not one: "the 'free codes' spam", "beware of scam sites".
  [/(?<!\b(?:not|no)\s(?:a\s)?)\b(?:scam|scams|scammers?|spam|phishing|fraud|fake|beware)\b/i, -2],
  // Goods given away or sold: "FREE PEACOCK codes", "cheap accounts", "I sell Disney accounts".
  [new RegExp(String.raw`${TOLD}(?<!['"‘“])\bfree\s+${BETWEEN}${GOODS}\b`, 'i'), 4],
  [
    /\bfree\s+(?:\w+\s+){0,2}?(?:movies|shows|channels|tv|streaming|sports)\b|\bwant\s+(?:free|cheap)\b|\bno\s+(?:subscription|sign-?up|account|credit\s+card)\s+(?:needed|required)\b/i,
    2,
  ],
  [new RegExp(String.raw`\b(?:cheap|cheapest|legit|discounted|unlimited|spare)\s+${BETWEEN}${GOODS}\b`, 'i'), 4],
  [
    new RegExp(
      String.raw`\b(?:i|we)\s+(?:sell|'m\s+selling|am\s+selling|are\s+selling|give\s+away)\b|\bselling\s+(?:${BETWEEN}${GOODS}\b|for\b|at\b)`,
      'i',
    ),
    4,
  ],
  [new RegExp(String.raw`\b${GOODS}\s+(?:for|from|at)\s+(?:only|just)\b|\b${GOODS},?\s+(?:cheap|for\s+sale|available)\b`, 'i'), 4],
  [new RegExp(String.raw`${SENTENCE_START}(?:get|watch|stream)\s+${BETWEEN}for\s+(?:free|one|a\s+low|just|only)\b`, 'i'), 4],
  // A call to act on the writer's offer.
  // Self-promotion: "follow me", "check out my channel", "sub 4 sub", a referral link.
  [
    /\b(?:follow|subscribe\s+to|sub\s+to|add|join)\s+(?:me|mee)\b(?!\s+to\b)|\b(?:follow|watch)\s+(?:this|my)\s+(?:channel|page|account|stream)\b|\b(?:follow|sub|like)\s+(?:4|for)\s+(?:follow|sub|like)\b/i,
    4,
  ],
  [
    /\b(?:check\s+out|check|visit|follow|like|subscribe\s+to|join)\s+my\s+(?:[\w-]+\s+)?(?:channel|page|site|website|store|shop|profile|server|group|link|stream|music|videos?|vids|songs?|content|company|twitter|instagram|account|blog|podcast)\b/i,
    4,
  ],
  [
    /\b(?:buy|get\s+money|get\s+it|get\s+yours)\s+here\b|(?<!\b(?:the|their|its)\s)\bchance\s+(?:to\s+win|of\s+winning)\b|(?<!\b(?:i'd|i|we|i'll|would)\s)\bget\s+paid\b(?!\s+back)/i,
    4,
  ],
  [/\b(?:register|registr|sign\s+up|download)\s+here\b|[?&#](?:ref|friend|rb|affiliateid|aff|referral|invite)=/i, 3],
  [/\bFREE\b[^.!?\n]{0,30}!{2,}/, 2],
  [/\bmy\s+(?:store|shop|channel|site|website|page|server)\b/i, 3],
  [/(?<!['"‘“])\bclick\s+(?:now|here|the\s+link|this\s+link|my\s+link|below|fast|asap)\b/i, 4],
  [/\b(?:visit|check\s+out|subscribe\s+to|follow|join)\s+my\s+(?:channel|page|site|website|store|shop|profile|server|group|link)\b/i, 4],
  [
    /\bmy\s+(?:promo|promotional|referral|discount|invite|affiliate|coupon|voucher)\s+(?:code|link)s?(?=\s*(?::|is\b|here\b|below\b|at\b|for\b|gives\b|gets\b|\(|-|$|https?:|www\.|[\w-]{1,40}\.[a-z]{2}))|\buse\s+my\s+(?:\w+\s+)?(?:code|link)\b/i,
    4,
  ],
  [/\b[Mm]y\s+(?:[Pp]romo|[Rr]eferral|[Dd]iscount|[Ii]nvite|[Aa]ffiliate|[Cc]oupon|[Vv]oucher)\s+[Cc]odes?\s+[A-Z0-9]{4,}\b/, 4],
  [/\blink\s+in\s+(?:my\s+)?(?:bio|profile)\b/i, 4],
  [/(?<!\b(?:the|their|your|that|this|a|its|netflix's)\s)\bgiveaways?\b/i, 4],
  [/\ba\s+giveaway\b/i, 3],
  [
    /\b(?:act|order|buy|shop|grab|claim|sign\s+up|register|join)\s+(?:yours\s+|it\s+)?(?:now|today)\b|\bget\s+(?:yours|it)\s+(?:now|today|here)\b/i,
    4,
  ],
  [/\bclaim\s+(?:your|a)\s+(?:free|prize|reward|bonus|gift|winnings)\b/i, 4],
  [
    /\b(?:limited\s+(?:time|offer|spots|stock)|(?:today|tonight|this\s+week(?:end)?)\s+only|while\s+(?:stocks?|supplies)\s+last|instant\s+delivery)\b/i,
    4,
  ],
  [
    new RegExp(
      String.raw`\b(?:earn|make|get\s+paid)\s+(?:up\s+to\s+|real\s+|extra\s+|easy\s+|some\s+|more\s+)?(?:${PRICE}|money|cash|income)|\b100\s?%\s+(?:legit|working|guaranteed|safe)\b`,
      'i',
    ),
    4,
  ],
  [new RegExp(String.raw`\bwin\s+(?:a\s+)?(?:free|${PRICE})`, 'i'), 4],
  // A price offered, not one paid: "only $5", "$5 each"; "it was only $5" and "the plan for only $7" are reports.
  [
    new RegExp(
      String.raw`(?<!\b(?:was|is|were|be|pay|paid|paying|cost|costs|charged|priced|it's|its|plan|for)\s)\b(?:only|just)\s+(?:${PRICE})|(?:${PRICE})\s+(?:only|each|per\s+account|a\s+pop)\b`,
      'i',
    ),
    3,
  ],
  [
    new RegExp(
      String.raw`(?<!\b(?:was|is|were|be|pay|paid|paying|cost|costs|charged|priced|it's|its|plan|for)\s)\b(?:only|just)\s+(?:${PRICE})\s*(?:at|on|@|from|->|>>)`,
      'i',
    ),
    1,
  ],
  [/\b\d{1,2}\s?%\s+off\s+(?:all|everything|sitewide|every)\b/i, 3],
  [
    /\bwith\s+(?:this|my|one)\s+(?:simple\s+|easy\s+)?(?:trick|hack|method|glitch)\b|\b(?:best|lowest|unbeatable|cheap|low)\s+(?:deal|price|offer)s?\b|\bwhy\s+pay\b|\bfull\s+price\b|\bfirst\s+\d+\s+(?:people|users|customers)\b|\b(?:site|app|link|page)\s+(?:that|which)\s+gives?\b|\btry\s+(?:it\s+)?(?:for\s+)?free\b|\b(?:check\s+out|visit|try|follow)\s+our\b|\bour\s+(?:vpn|app|service|product|box|store|shop|site)\b|\b(?:best|lowest|unbeatable|cheap|low)\s+(?:deal|price|offer)s?\b/i,
    2,
  ],
  [/(?:^|[.!?,:\n]\s{0,3})(?:visit|go\s+to|head\s+to)\s/i, 1],
  [/\b(?:go\s+to|visit|head\s+to)\s+[\w.-]{1,60}\.[a-z]{2,10}\s+now\b|\bcheck\s+it\s+out\b|\bdownload\s+\w+\s+from\b/i, 1],
  [/\bFREE\b/, 1],
  [new RegExp(String.raw`${SENTENCE_START}use\s+(?:promo\s+|discount\s+|coupon\s+)?code\b`, 'i'), 2],
  // A price asked, not one paid or charged: "Netflix 4K for $3/month".
  [new RegExp(String.raw`(?<!\b(?:pay|paid|paying|cost|costs|charged|billed|was|is|from|to)\s)\b(?:for|at)\s+(?:${PRICE})`, 'i'), 2],
  // A way to reach the writer, offered: "DM me", "whatsapp [phone number removed]", "follow @dealz".
  [/(?<!\bme\s(?:on\s|at\s|via\s)?)\b(?:whatsapp|telegram|text|call|dm|message|contact)\s+(?:at\s+|on\s+)?(?:\[phone|@)/i, 2],
  [/\b(?:for|from|at)\s+(?:only|just)\s/i, 2],
  [CONTACT, 2],
  [/(?<![\w.@])follow\s+@|\bfollow\s+for\s+more\b/i, 2],
  // Words a seller uses and a customer may too: each counts one.
  [/\b(?:with|use)\s+(?:promo\s+|discount\s+|coupon\s+)?code\s+[A-Z0-9]{4,}\b/, 1],
  [/\b\d{1,2}\s?%\s+off\b/i, 1],
  [/\b(?:codes|accounts|gift\s?cards|logins|subscriptions)\b/i, 1],
  [/\b(?:promo|promotional)\b/i, 1],
  [/\bdiscount/i, 1],
  [/\bdeals?\b/i, 1],
  [/\boffer\b/i, 1],
  [/\b(?:bonus|exclusive|prize|lifetime)\b|\bfor\s+life\b/i, 1],
  [/\bunlimited\b|\btired\s+of\b/i, 1],
  [/\bhalf\s+price\b/i, 2],
  [
    /\b(?:sign\s+up|register|join)\s+(?:through|with|using|via)\s+(?:this|my)\s+link\b|\b(?:watch|stream)\s+(?:everything|all|\w+)\s+(?:for\s+)?free\b/i,
    4,
  ],
  [
    /\bget\s+(?:\d+|a|one|two|three|six)\s+(?:months?|years?|weeks?)\s+free\b|\bfor\s+(?:readers|everyone\s+reading|you\s+guys)\b|\bbest\s+(?:iptv|vpn|streaming)\b|(?:^|[.!?\n]\s{0,3})grab\s|\bdon't\s+pay\s+for\b/i,
    2,
  ],
  [/\bpremium\b/i, 1],
  [/\bhurry\b|\bwork\s+from\s+home\b/i, 1],
  [/\b(?:trick|hack|generator|glitch|cookies|iptv)\b/i, 1],
  [/\b(?:fully\s+loaded|jailbroken|unlocked|modded)\b/i, 2],
  [/\bfree\b/i, 1],
  [/!!!|\bnow!/i, 1],
];
const HOLD_AT = 4;

/** Whether the text gives a way to reach its writer or a site: a link, a bare domain, a handle or "DM me". */
function hasChannel(text: string): boolean {
  const links = countLinks(text);
  if (links.urls + links.domains + links.shorteners > 0) return true;
  // Each pattern runs only when the character it needs is there, so a review without any costs a few scans.
  if (text.includes('@') && HANDLE.test(text)) return true;
  if (text.includes('[') && REDACTED_CONTACT.test(text)) return true;
  return (SELLER_ENDING.test(text) && SELLER_DOMAIN.test(text)) || CONTACT.test(text);
}

export function isPromotion(text: string): boolean {
  if (!hasChannel(text)) return false;
  let score = 0;
  for (const [signal, weight] of SIGNALS) {
    if (signal.test(text)) score += weight;
    // The only negative weight comes first, so once the score reaches the bar nothing can take it back.
    if (score >= HOLD_AT) return true;
  }
  return false;
}
