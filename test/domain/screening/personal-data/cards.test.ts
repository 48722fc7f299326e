import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../../server/domain/screening/steps/redact-personal-data';

const redact = (text: string) => redactPersonalData(text).text;
const CARD = '[card number removed]';

describe('cards: any 13-19 digit Luhn-valid run, whatever one separator joins its groups', () => {
  it.each([
    ['slashes', 'paid with 4111/1111/1111/1111 twice'],
    ['commas', 'paid with 5555,5555,5555,4444 twice'],
    ['underscores', 'paid with 4012_8888_8888_1881 twice'],
    ['line breaks', 'paid with 4111\n1111\n1111\n1111 twice'],
    ['spaced slashes', 'paid with 6011 / 0009 / 9013 / 9424 twice'],
    ['spaced hyphens', 'paid with 3566 - 0020 - 2036 - 0505 twice'],
    ['pipes', 'paid with 5105|1051|0510|5100 twice'],
    ['4-6-6 groups', 'paid with 4111 111111 111111 twice'],
    ['Amex 4-6-5 with underscores', 'paid with 3782_822463_10005 twice'],
    ['Diners 4-6-4 with commas', 'paid with 3056,930902,5904 twice'],
    ['every digit spaced out', 'paid with 4 0 1 2 8 8 8 8 8 8 8 8 1 8 8 1 twice'],
    ['a 13-digit Visa unbroken', 'paid with 4222222222222 twice'],
    ['Arabic-Indic digits', 'paid with ٤١١١ ١١١١ ١١١١ ١١١١ twice'],
    ['Persian digits', 'paid with ۵۵۵۵ ۵۵۵۵ ۵۵۵۵ ۴۴۴۴ twice'],
    ['Devanagari digits', 'paid with ४०१२ ८८८८ ८८८८ १८८१ twice'],
    ['mixed separators', 'paid with 4111-1111 1111.1111 twice'],
  ])('removes a card grouped by %s', (_name, input) => {
    expect(redact(input)).toBe(`paid with ${CARD} twice`);
  });

  it('takes the expiry and security code written after a slashed card', () => {
    expect(redact('card 4111/1111/1111/1111 exp 09/28 cvv 123, thanks')).toBe(`card ${CARD}, thanks`);
  });

  it('removes two cards written side by side', () => {
    expect(redact('4111 1111 1111 1111 4111 1111 1111 1111 both')).toBe(`${CARD} ${CARD} both`);
  });

  it.each([
    ['a Luhn-invalid card', 'my credit card number is 4012-8888-8888-1882'],
    ['an order number whose tail passes Luhn', 'Order #112-4567890-1234567 arrived'],
    ['an IMEI (Luhn-valid by design)', 'IMEI 356938035643809 was blocked'],
    ['an ISBN', 'ISBN 978-0-13-110362-7 arrived torn'],
    ['years in a row', 'seasons 2019 2020 2021 2022 2023 gone'],
    ['a list of prices', 'paid 1,299, 2,399, 4,599 and 5,999 over the years'],
    ['a USPS tracking number', 'USPS 9400 1000 0000 0000 0000 00 never moved'],
  ])('keeps %s', (_name, input) => {
    expect(redact(input)).toBe(input);
  });
});
