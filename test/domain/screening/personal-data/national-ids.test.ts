import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../../server/domain/screening/steps/redact-personal-data';

const redact = (text: string) => redactPersonalData(text).text;
const ID = '[ID number removed]';

describe('national ID numbers behind their labels', () => {
  it.each([
    ['UK NI in pairs', 'NI QQ 12 34 56 C given', `NI ${ID} given`],
    ['UK NI unbroken', 'national insurance number QQ123456C given', `national insurance number ${ID} given`],
    ['UK NI in threes', 'The number is AZ 123 456 A.', `The number is ${ID}.`],
    ['UK NI in lower case after its name', 'my NI number hh 01 02 03 d', `my NI number ${ID}`],
    ['UK NI with hyphens', 'NI: QQ-12-34-56-C ok', `NI: ${ID} ok`],
    ['NHS number', 'NHS number 401-023-2137 lost', `NHS number ${ID} lost`],
    ['UK driving licence', 'licence MORGA753116SM91J 01, attached', `licence ${ID}, attached`],
    ['UK driving licence in DVLA spacing', 'My DVLA NO is MORGA 753 116 SM91J 01 ok', `My DVLA NO is ${ID} ok`],
    ['Canadian SIN', 'my SIN is 130-692-544', `my SIN is ${ID}`],
    ['Canadian SIN, French label', 'mon NAS: 258 933 688', `mon NAS: ${ID}`],
    ['Canadian SIN, French label in full', "numéro d'assurance sociale 948 584 792 donné", `numéro d'assurance sociale ${ID} donné`],
    ['US ITIN by its shape', 'form with 950-72-3321 on it', `form with ${ID} on it`],
    ['US ITIN after its name', 'ITIN: 911701234', `ITIN: ${ID}`],
    ['passport number', 'passport L898902C3 copied', `passport ${ID} copied`],
    ['passport number, French', 'numéro de passeport 18AV12345', `numéro de passeport ${ID}`],
  ])('%s', (_name, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'The test record BG123612A was in the demo video.',
    'The test record FQ 00 00 00 C was in the demo video.',
    'I called on 12 34 56 a Monday',
    'a form with 911-89-1234 on it',
  ])('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });
});
