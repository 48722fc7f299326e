import { describe, expect, it } from 'vitest';
import { redactPersonalData, redactPersonalDataStep } from '../../../../server/domain/screening/steps/redact-personal-data';
import { NO_FACTS } from '../../../../server/domain/screening/pipeline';

const redact = (text: string) => redactPersonalData(text).text;
const ADDRESS = '[address removed]';

describe('street addresses', () => {
  it.each([
    ['The agent lives at 42 Elm Street, Springfield', `The agent lives at ${ADDRESS}, Springfield`],
    ['sent to 221B Baker St. in error', `sent to ${ADDRESS} in error`],
    ['left at 1600 Pennsylvania Ave NW today', `left at ${ADDRESS} today`],
    ['Deliver to Flat 3, 12 High Road please', `Deliver to ${ADDRESS} please`],
    ['she lives at 42 elm street now', `she lives at ${ADDRESS} now`],
    ['this is a 59 High Road, East Finchley London, N2 8AW test', `this is a ${ADDRESS} test`],
    ['Mail went to 123 Maple Avenue, Springfield, IL 62704 twice.', `Mail went to ${ADDRESS} twice.`],
    ['Lieferung an Hauptstraße 5 statt zu mir', `Lieferung an ${ADDRESS} statt zu mir`],
    ['vor der Bahnhofstr. 12a gestanden', `vor der ${ADDRESS} gestanden`],
    ['naar Kerkstraat 12 in Amsterdam', `naar ${ADDRESS} in Amsterdam`],
    ['parti au 12 rue de la Paix, Paris', `parti au ${ADDRESS}, Paris`],
    ['fue a Calle Mayor 10, Madrid', `fue a ${ADDRESS}, Madrid`],
    ['andato in Via Roma 10, Milano', `andato in ${ADDRESS}, Milano`],
    ['entregaram na Rua Augusta 100, Lisboa', `entregaram na ${ADDRESS}, Lisboa`],
    ['Die Rechnung ging an Karl-Marx-Allee 34.', `Die Rechnung ging an ${ADDRESS}.`],
    ['Unit 5/12 George St, Sydney', `Unit 5/${ADDRESS}, Sydney`],
  ])('%j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  // A house number needs a street name before the street type; a count or a title is not one.
  it.each([
    'I bought 3 Street Fighter games and none would install.',
    'Route 66 is the only show I watched.',
    'the 5 Avenue buses were late again.',
    'The 2 Park Lane hotels were both full.',
    'I waited 20 minutes on Main Street.',
    'The store on Fifth Avenue had 2 staff.',
    'I live 5 streets away and they still could not deliver.',
    'He walked 2 blocks to the Elm Street store.',
    'Parcel went to 9 Willow Close, I live at 19.'.replace('9 Willow Close', 'Willow Close'),
  ])('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('redactPersonalDataStep with an address', () => {
  it('counts the address as its own kind with a reason, never the address itself', () => {
    const state = redactPersonalDataStep(
      { text: { title: '', body: 'The agent lives at 42 Elm Street, Springfield', displayName: '' }, findings: [] },
      NO_FACTS,
    );
    expect(state.text.body).toBe(`The agent lives at ${ADDRESS}, Springfield`);
    expect(state.findings).toEqual([expect.objectContaining({ kind: 'address', count: 1, reason: 'address removed', effect: 'redacted' })]);
    expect(JSON.stringify(state.findings)).not.toMatch(/Elm|42/);
  });
});
