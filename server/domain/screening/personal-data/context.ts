// Words just before a number that say what it is: an order or reference number stays, a phone cue makes a
// shorter or unusual number a phone number.

/** Reference numbers customers are asked to quote: not personal data, so they stay. */
const NAMED_REFERENCE =
  /\b(?:order|ref|reference|invoice|ticket|case|tracking|confirmation|transaction|receipt|serial|model|claim|booking|reservation|membership|episode|season|error|build|version|firmware|imei|sku|item|product|part|batch|complaint|incident|request|job|shipment|parcel|package|po|chat|session|refund|dispute|report|agent|staff|employee|operator|badge|rma)\s+(?:number|no\.?|num|nr|id|#)\s*(?:is|was|of|:|=|-)?\s*#?\s*$/;
/** The words that name a reference number on their own ("order #112-…", "ticket 48213377"). */
const BARE_REFERENCE =
  /\b(?:order|ref|reference|invoice|ticket|case|tracking|confirmation|transaction|receipt|serial|model|claim|booking|reservation|membership|loyalty|episode|season|error|build|version|firmware|imei|isbn|sku|po|rma)\s*(?:is|was|:|=|-)?\s*#?\s*$/;

const PHONE_CUE =
  /\b(?:phone|telephone|tel|mobile|cell|cellphone|landline|whats ?app|viber|signal|telegram|call|called|calling|ring|text|texted|sms|fax|dial|dialled|dialed|hotline|helpline|contact|contacted|reach)\b[^.!?\n\d]{0,25}$/;

/** "my number is", "CN number:" — a number named as such, unless a reference word names it first. */
const NUMBER_CUE = /(?<!\b(?:card|account|acct|member|membership|customer)\s)\b(?:number|no\.|num|nr)\s*(?:is|was|:|=|-)?\s*$/;

/** `lowerBefore`: the lower-cased text just before the number. `strict`: only "order number", not "order". */
export const isReferenceNumber = (lowerBefore: string, strict = false) =>
  NAMED_REFERENCE.test(lowerBefore) || (!strict && BARE_REFERENCE.test(lowerBefore));

export const hasPhoneCue = (lowerBefore: string) =>
  !isReferenceNumber(lowerBefore) && (PHONE_CUE.test(lowerBefore) || NUMBER_CUE.test(lowerBefore));
