import { describe, expect, it } from 'vitest';
import { applyMasks, findProfanity } from '../../../server/domain/screening/profanity/find-profanity';
import { screenText } from '../../../server/domain/screening/screen-text';

const masked = (text: string) => applyMasks(text, findProfanity(text));

describe('findProfanity masks swearing written to dodge filters', () => {
  it.each([
    ['a v for the u', 'The app is fvcking useless.', 'The app is f— useless.'],
    ['ph for the f', 'Phuck this billing system.', 'F— this billing system.'],
    ['q for the ck', 'the fuq is this charge', 'the f— is this charge'],
    ['-a for -er', 'muthafucka took my money', 'm— took my money'],
    ['leetspeak around a wildcard', 'Total $#1t from start to end.', 'Total s— from start to end.'],
    ['leetspeak and a star', 'he is a m0th3rf*cker', 'he is a m—'],
    ['a symbol for a letter', 'what a sh¡tty update, fu<k it', 'what a s— update, f— it'],
    ['a symbol for the wrong letter', 'p@ssy, d^ckhead, wh$re', 'p—, d—, w—'],
    ['a doubled 11 beside a single 1', '8u11sh1t', 'b—'],
    ['sound-alikes of milder roots', 'pvssy dikkhead bolloks', 'p— d— b—'],
    ['a lunate sigma for c', '\u03f2unt', 'c—'],
    ['a Cyrillic u-sound letter', 'c\u0443nt, f\u0443ck', 'c—, f—'],
    ['one space late in the word', 'assh ole and cocksu cker', 'a— and c—'],
    ['an emoji for a letter', 'sh💩t service', 's— service'],
    ['slashes between letters', 'f/u/c/k this', 'f— this'],
    ['stars between letters', 'f*u*c*k off', 'f— off'],
    ['commas between letters', 's,h,i,t', 's—'],
    ['a slash inside the word', 'fu/ck this', 'f— this'],
    ['one space inside', 'the fu ck is this', 'the f— is this'],
    ['one space after two letters', 'absolute sh it service', 'absolute s— service'],
    ['one space after an ordinary word', 'as shole manager', 'a— manager'],
    ['one space in capitals', 'FU CK THIS', 'F— THIS'],
    ['an f-word split inside a longer run', 'What thef uck is this? oh myfu cking god', 'What t— is this? oh m— god'],
    ['a Greek capital Eta', 'SΗIT', 'S—'],
    ['a Greek capital Mu', 'ΜΟΤΗΕRFUCKER', 'M—'],
    ['glued inside a word', 'absofuckinglutely awful', 'a— awful'],
    ['glued to a name', 'fuckingnetflix', 'f—'],
    ['glued in capitals', 'FUCKINGNETFLIX again', 'F— again'],
    ['glued in leetspeak', 'absofvckinglutely', 'a—'],
    ['glued at the end', 'supportisshit', 's—'],
    ['glued inside a capitalised word', 'Totalshitshow, Bullshitcompany', 'T—, B—'],
    ['a swear word joined to digits or underscores', 'fuck99, shit123, fuck_this_company', 'f—, s—, f—_this_company'],
  ])('%s', (_name, input, expected) => {
    expect(masked(input)).toBe(expected);
  });
});

describe('findProfanity masks with the first letter as read', () => {
  it.each([
    ['$hit', 's—'],
    ['5hit', 's—'],
    ['5HIT', 'S—'],
    ['@sshole', 'a—'],
    ['\u0405hit', 'S—'],
    ['\u13dahit', 'S—'],
    ['phucking', 'f—'],
    ['Phuk', 'F—'],
    ['\u0455\u04bb\u0456t', 's—'],
  ])('%s', (input, expected) => {
    expect(masked(input)).toBe(expected);
  });
});

describe('findProfanity keeps innocent words the new rules could catch', () => {
  it.each([
    // Places and names holding a swear word.
    'Penistone, Clitheroe, Shitterton, Middlesex, Essex, Lightwater, Scunthorpe',
    'Twatt in Orkney, Bitche in France, Cuntis in Galicia, Bitchfield and Shitlington Crags',
    'Kinoshita, Yamashita, Yoshitaka and Matsushita',
    'Fucking, Austria',
    // Music genres.
    'shoegaze, grindcore, crunk, dubstep, cock rock and horrorcore',
    // Old and literary words.
    'the knave was cocksure; a titmouse in the shittah tree',
    'a bastard file, a bastard sword and the bastard son of the king',
    'a niggardly sum, and she sniggered',
    'If you prick us do we not bleed? Kick against the pricks.',
    'a chink in the armour, a chink of light',
    'the cock crowed; a pussy willow; spotted dick; cock-a-hoop; cock-eyed',
    'a faggot of sticks',
    // Ordinary words and word pairs.
    'therapist, grape, class, assume, analysis, Sussex, cocktail, peacock, hancock, document',
    'that was a mishit, push it, pushit, finish it, wash it',
    'the pen is red; as shown; it was hit; it\u2019s hit; Mr S hit the ball',
    'a bit chin-heavy, a bit cheap, the people who re-elected him',
    'he/she, and/or, s/he',
    'p@ss the salt, c@nt wait, AT&T, R&B, H&M',
    'bastardised recipes, diking the fields',
    'the bulls hit the fence, dogs hitting the ball, the wan king',
    'a pussy footing answer about pussy cats',
    'a saltwater pool and Lightwater Valley',
  ])('%s', (input) => {
    expect(masked(input)).toBe(input);
  });
});

describe('moderation of a disguised review', () => {
  it('publishes it with the swearing masked and counted', () => {
    const result = screenText({ title: 'Fvcking joke', body: 'Absofuckinglutely the worst sh!t service.', displayName: '' });
    expect(result.text.title).toBe('F— joke');
    expect(result.text.body).toBe('A— the worst s— service.');
    expect(result.record.masked).toBe(3);
  });
});
