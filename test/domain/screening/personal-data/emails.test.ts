import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../../server/domain/screening/steps/redact-personal-data';

const redact = (text: string) => redactPersonalData(text).text;

describe('emails with bracketed or spelled-out punctuation, on any country domain', () => {
  it.each([
    ['jane [at] example [dot] com', 'mail [email removed] now'],
    ['jane at example dot co dot uk', 'mail [email removed] now'],
    ['jane(at)example.com', 'mail [email removed] now'],
    ['kate(at)web(dot)de', 'mail [email removed] now'],
    ['m.rossi{at}libero{dot}it', 'mail [email removed] now'],
    ['sam[@]example[.]org', 'mail [email removed] now'],
    ['jan @ firma . pl', 'mail [email removed] now'],
    ['urs.meier at bluewin dot ch', 'mail [email removed] now'],
    ['jane dot doe at gmail dot com', 'mail [email removed] now'],
    ['JOHN AT EXAMPLE DOT COM', 'mail [email removed] now'],
    ['piotr.nowak@firma.pl', 'mail [email removed] now'],
    ['ana.silva@empresa.com.br', 'mail [email removed] now'],
    ['lee@studio.design', 'mail [email removed] now'],
  ])('%s', (address, expected) => {
    expect(redact(`mail ${address} now`)).toBe(expected);
  });

  it.each(['I looked at it and the dot com was down', 'We met at home dot and then left', 'I looked at netflix.com twice'])(
    'keeps %j',
    (input) => {
      expect(redact(input)).toBe(input);
    },
  );
});
