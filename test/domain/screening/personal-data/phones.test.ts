import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../../server/domain/screening/steps/redact-personal-data';

const redact = (text: string) => redactPersonalData(text).text;

describe('European phone numbers written nationally, with no cue word', () => {
  // The example mobile numbers of libphonenumber's metadata, formatted as each country writes them.
  it.each([
    ['France', '06 12 34 56 78'],
    ['Germany', '01512 3456789'],
    ['Spain', '612 34 56 78'],
    ['Italy', '312 345 6789'],
    ['Netherlands', '06 12345678'],
    ['Belgium', '0450 00 12 34'],
    ['Austria', '0664 123456'],
    ['Switzerland', '078 123 45 67'],
    ['Ireland', '085 012 3456'],
    ['Portugal', '912 345 678'],
    ['Sweden', '070-123 45 67'],
    ['Denmark', '34 41 23 45'],
    ['Norway', '40 61 23 45'],
    ['Finland', '041 2345678'],
    ['Poland', '512 345 678'],
    ['Greece', '691 234 5678'],
    ['Czechia', '601 123 456'],
    ['Hungary', '06 20 123 4567'],
    ['Romania', '0712 034 567'],
  ])('%s: %s', (_country, number) => {
    expect(redact(`The courier left ${number} on the door.`)).toBe('The courier left [phone number removed] on the door.');
  });
});

describe('numbers that are not phone numbers stay as written', () => {
  it.each([
    'On 12/03/2024 14:30 I called them.',
    'I phoned on 12.03.2024 14:30 and again at 16:05.',
    'Rang support 2024-03-12 09:15, cut off.',
    'Called on 12-03-2024 14:30:05 per the log.',
    'The box was 120 x 60 x 45 cm and arrived crushed.',
    'A 2.4 GHz router that drops to 5 GHz.',
    'Battery is 5,000 mAh but lasts a day.',
    'UPS tracking 1Z999AA10123456784 shows delivered.',
    'USPS 9400 1000 0000 0000 0000 00 has not moved.',
    'Royal Mail AB123456789GB never arrived.',
    'DHL 1234567890 was returned to sender.',
    'FedEx tracking 7946 1234 5678 shows a failed attempt.',
    'DHL Express waybill 3838 2948 51 stuck in Leipzig.',
    'ISBN 978-0-13-110362-7 arrived with pages missing.',
    'The form showed 130 692 545 as a placeholder.',
    'Channels 101 102 103 104 105 106 107 gone overnight.',
    'Membership 2231 8890 1123 renewed without asking.',
    'Room numbers 601 602 603 604 had no heating.',
    'Tickets 512 513 514 were closed.',
    'Prices 29 99 49 99 and 69 99 in the flyer.',
    'Votes: 912 345 678 in total apparently.',
    'Firmware 2.11.30 bricked the router.',
  ])('%j', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('removes the phone number and keeps the date and time beside it', () => {
    expect(redact('On 12/03/2024 14:30 I rang 020 7946 0958 twice.')).toBe('On 12/03/2024 14:30 I rang [phone number removed] twice.');
  });
});
