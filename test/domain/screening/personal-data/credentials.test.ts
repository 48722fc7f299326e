import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../../server/domain/screening/steps/redact-personal-data';

const redact = (text: string) => redactPersonalData(text).text;

describe('passwords given without a colon or on the line after a user name', () => {
  it.each([
    ['my password is hunter2 sadly', 'my password is [password removed] sadly'],
    ['pw hunter2 worked', 'pw [password removed] worked'],
    ['my pass is Winter2023 ok', 'my pass is [password removed] ok'],
    ['my password was literally letmein123', 'my password was literally [password removed]'],
    ['The password for my account is Sunshine77! and', 'The password for my account is [password removed] and'],
    ['Username: jsmith\nSummer2024!\nthanks', 'Username: jsmith\n[password removed]\nthanks'],
    ['user id mk_8812\nBlueSky#41', 'user id mk_8812\n[password removed]'],
    ['username root\npassword crickets', 'username root\npassword [password removed]'],
    ['I used hunter2 as my password', 'I used [password removed] as my password'],
    ['Summer2024 is my password', '[password removed] is my password'],
    ['the password I used was Trombone88', 'the password I used was [password removed]'],
    ["my password's hunter2", "my password's [password removed]"],
  ])('%j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'my password is still wrong',
    'my password is just too long',
    'Username: jsmith\nThanks for nothing',
    'password\nreset never came',
  ])('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('one-time codes given before their label, and PIN sentences with other numbers', () => {
  it.each([
    ['482913 is my code and', '[code removed] is my code and'],
    ['771204 was the OTP they sent', '[code removed] was the OTP they sent'],
    ['3309 1822 was the verification code', '[code removed] was the verification code'],
    ["6618 - that's my PIN", "[code removed] - that's my PIN"],
    ['7712 8819 were the backup codes', '[code removed] were the backup codes'],
    ['The OTP they sent me on my phone was 129934.', 'The OTP they sent me on my phone was [code removed].'],
    ['My PIN is 4471 and my reference is 55120093.', 'My PIN is [code removed] and my reference is 55120093.'],
  ])('%j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'They asked for my PIN and then gave me reference 48213377.',
    'After I reset my PIN the ticket number was 55120093.',
    'The OTP never came; reference 77120045 for the complaint.',
    '5021 is the error code they show.',
    'Stock code 5010 5010 5010 was on the shelf label.',
  ])('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });
});
