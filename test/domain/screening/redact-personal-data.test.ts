import { describe, expect, it } from 'vitest';
import { redactPersonalData, redactPersonalDataStep } from '../../../server/domain/screening/steps/redact-personal-data';
import { luhnValid } from '../../../server/domain/screening/personal-data/cards';
import { ibanChecksumValid } from '../../../server/domain/screening/personal-data/bank-accounts';
import { isPhoneNumber } from '../../../server/domain/screening/personal-data/phones';
import { NO_FACTS } from '../../../server/domain/screening/pipeline';

const redact = (text: string) => redactPersonalData(text).text;

describe('redactPersonalData removes', () => {
  it.each([
    ['a card, unbroken', 'card 4111111111111111 charged', 'card [card number removed] charged'],
    ['a card grouped by spaces', 'card 4012 8888 8888 1881 charged', 'card [card number removed] charged'],
    ['a card grouped by dashes with expiry and CVV', 'use 5555-5555-5555-4444 exp 09/28 cvv 314 now', 'use [card number removed] now'],
    ['an Amex 4-6-5', 'Amex 3782 822463 10005 here', 'Amex [card number removed] here'],
    ['a security code after its name', 'the CVV 731 please', 'the CVV [card number removed] please'],
    ['a US phone with brackets', 'call (415) 555-0132 now', 'call [phone number removed] now'],
    ['a US phone with dots', 'call 415.555.0132 now', 'call [phone number removed] now'],
    ['a US toll-free number', 'from 1-800-555-0199 today', 'from [phone number removed] today'],
    ['a UK mobile', 'ring 07700 900123 please', 'ring [phone number removed] please'],
    ['a UK number with +44 and (0)', 'on +44 (0)20 7946 0321 daily', 'on [phone number removed] daily'],
    ['an Indian mobile', 'call 98765 43210 now', 'call [phone number removed] now'],
    ['a German number with a slash', 'Nummer 0171/2345678 bitte', 'Nummer [phone number removed] bitte'],
    ['a French number in pairs', 'au 01 42 68 53 00 svp', 'au [phone number removed] svp'],
    ['an Australian mobile', 'on 0412 345 678 mate', 'on [phone number removed] mate'],
    ['a number in square brackets', 'dial [415] 555 0132 now', 'dial [phone number removed] now'],
    ['a short number after a phone cue', 'my phone number is 555-1234 ok', 'my phone number is [phone number removed] ok'],
    ['a vanity number', 'call 1-800-NETFLIX now', 'call [phone number removed] now'],
    ['an email with plus-addressing', 'mail jo.doe+x@example.com now', 'mail [email removed] now'],
    ['an upper-case email', 'to JO@EXAMPLE.CO.UK now', 'to [email removed] now'],
    ['a spelled-out email', 'me at sam.lee [at] example [dot] com ok', 'me at [email removed] ok'],
    ['a password after "password is"', 'my password is Summer2024! sadly', 'my password is [password removed] sadly'],
    ['a password after "pw"', 'old pw Tr0ub4dor&3 worked', 'old pw [password removed] worked'],
    ['a password after "changed my password to"', 'changed my password to hunter2.', 'changed my password to [password removed].'],
    ['a verification code', 'verification code 482913 came late', 'verification code [code removed] came late'],
    ['a code grouped by a space', 'sign-in code was 482 913 today', 'sign-in code was [code removed] today'],
    ['a code quoted from a text message', '551203 is your Netflix code', '[code removed] is your Netflix code'],
    ['a PIN', 'my PIN 4471 was read out', 'my PIN [code removed] was read out'],
    ['an SSN', 'SSN 078-05-1120 asked', 'SSN [ID number removed] asked'],
    [
      'an SSN after its name without separators',
      'social security number 457555462 given',
      'social security number [ID number removed] given',
    ],
    ['a UK National Insurance number', 'NI QQ 12 34 56 C given', 'NI [ID number removed] given'],
    ['a passport number', 'passport number 533380006 sent', 'passport number [ID number removed] sent'],
    ['an IBAN, grouped', 'to GB29 NWBK 6016 1331 9268 19 please', 'to [bank account removed] please'],
    ['an IBAN, lower case', 'naar nl91abna0417164300 graag', 'naar [bank account removed] graag'],
    [
      'a sort code and account number',
      'sort code 12-34-56, account number 31926819',
      'sort code [bank account removed], account number [account number removed]',
    ],
  ])('%s', (_name, input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redactPersonalData keeps', () => {
  it.each([
    'The plan went from $6.99 to $7.99 on 3/14/2026 at 10:30 pm.',
    'Error codes NW-4-7, UI-113 and tvq-st-103, then H7361-1253-80070006.',
    'The card ending in 1881 was charged; the last four digits 4242 matched.',
    'Member since 2015; prices rose in 2019, 2022 and 2024; seasons 2019 2020 2021 vanished.',
    'Streams 720p, 1080p, never 4K; 50% off; 300 500 1000 Mbps plans; S02E05 and episode 101.',
    'Order #112-4567890-1234567, order number 1234567890, ticket #48213377, case number 09876543.',
    'The confirmation number 5551234567 and chat ID 4490012837 match nothing.',
    'Error code 1001, promo code 2024, ZIP code 90210, area code 415.',
    'My password is too long for the TV keyboard and the password reset never came.',
    'I looked at netflix.com and emailed support at the help page address.',
    'Samsung Galaxy A55, Roku Ultra 4802R, version 8.112.0 build 50519.',
    'Transaction ID 20260314-000923 and invoice INV-2024-00123 are on the statement.',
  ])('%s', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('the checks behind the rules', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['371449635398431', true],
  ])('Luhn of %s is %s', (digits, valid) => expect(luhnValid(digits)).toBe(valid));

  it.each([
    ['GB29NWBK60161331926819', true],
    ['GB29NWBK60161331926818', false],
    ['AL47212110090000000235698741', true],
  ])('IBAN checksum of %s is %s', (iban, valid) => expect(ibanChecksumValid(iban)).toBe(valid));

  it.each([
    ['3/14/2026', '', false],
    ['2019 2020 2021', '', false],
    ['020 7946 0958', '', true],
    ['123-456-7890', 'order number ', false],
    ['300 500 1000', '', false],
  ])('isPhoneNumber(%s) after %j is %s', (candidate, before, expected) => {
    expect(isPhoneNumber(candidate, before, candidate === '300 500 1000' ? ' Mbps' : '')).toBe(expected);
  });
});

describe('redactPersonalDataStep', () => {
  it('counts redactions by kind across fields without keeping the removed text', () => {
    const state = redactPersonalDataStep(
      { text: { title: 'Call 020 7946 0958', body: 'mail a@example.com or b@example.com', displayName: 'Sam' }, findings: [] },
      NO_FACTS,
    );
    expect(state.text).toEqual({
      title: 'Call [phone number removed]',
      body: 'mail [email removed] or [email removed]',
      displayName: 'Sam',
    });
    expect(state.findings.map((f) => [f.kind, f.count, f.effect])).toEqual([
      ['phone', 1, 'redacted'],
      ['email', 2, 'redacted'],
    ]);
    expect(JSON.stringify(state.findings)).not.toMatch(/7946|example/);
  });
});
