// The words a threat is made of: acts of violence, the people and places they are aimed at, and the words of
// intent, wish, call, and negation around them. Small closed sets: a threat names its act plainly.

/** How an act of violence reads: which targets it takes and what it needs or may not have beside it. */
export interface Harm {
  /** Buildings and cars as well as people ("burn their office down"). */
  places?: boolean;
  /** Only with a body part ("smash his face in"), not a person alone ("bash the agent" is criticism). */
  bodyOnly?: boolean;
  /** A word that must follow within a few words ("beat … up", "set … on fire"), unless a body part is hit. */
  needs?: readonly string[];
  /** Words the target comes after ("come for your family", "come after you"); without one, no target. */
  via?: readonly string[];
  /** Whether a body part as target stands in for `needs` ("beat his face", "knock your teeth"). */
  bodyEnough?: boolean;
  /** Words right after the act that make it an idiom ("hang up", "kill for", "punch in"). */
  not?: readonly string[];
  /** Words right after its target that make it an idiom ("hit them up", "kick him out", "take her out to dinner"). */
  notAfter?: readonly string[];
}

const VERBS: Record<string, [forms: string, harm: Harm]> = {
  kill: ['kill kills killed killing unalive unalived', { not: ['for', 'time', 'it', 'off'] }],
  murder: ['murder murders murdered murdering', {}],
  shoot: ['shoot shoots shot shooting', { places: true, not: ['for', 'down'] }],
  stab: ['stab stabs stabbed stabbing knife knifed shank shanked', {}],
  hurt: ['hurt hurts hurting harm harms harmed', {}],
  beat: [
    'beat beats beating beaten whoop',
    { needs: ['up', 'senseless', 'death', 'out', 'black', 'bloody', 'within', 'down'], bodyEnough: true },
  ],
  punch: ['punch punches punched punching', { not: ['in', 'out', 'above'] }],
  strangle: [
    'strangle strangles strangled strangling throttle throttled choke chokes choked choking',
    { not: ['on', 'up', 'back'], notAfter: ['on'] },
  ],
  slap: ['slap slaps slapped slapping smack smacks smacked whack whacked', { not: ['on', 'together'] }],
  attack: ['attack attacks attacked attacking assault assaults assaulted', { places: true }],
  torture: ['torture tortures tortured torturing', {}],
  hang: [
    'hang hangs hanged lynch lynched behead beheaded decapitate',
    { not: ['up', 'out', 'on', 'around', 'in', 'tight', 'about'], notAfter: ['up', 'out'] },
  ],
  butcher: ['butcher butchered slaughter slaughtered execute executed', {}],
  smash: ['smash smashes smashed bash bashed batter battered', { bodyOnly: true, places: true }],
  rape: ['rape raped', {}],
  burn: ['burn burns burned burnt burning torch torched firebomb firebombed', { places: true, not: ['through', 'out', 'off'] }],
  bomb: ['bomb bombs bombed bombing', { places: true }],
  blow: ['blow blows blew', { places: true, needs: ['up', 'pieces', 'apart'] }],
  hit: ['hit hits hitting', { not: ['up', 'with', 'back'], notAfter: ['up', 'with', 'back'] }],
  kick: ['kick kicks kicked kicking', { not: ['out', 'off', 'back', 'in', 'up'], notAfter: ['out', 'off', 'back', 'up'] }],
  take: ['take', { needs: ['out'], notAfter: ['to', 'for', 'on'] }],
  end: ['end', {}],
  rip: ['rip slit cut snap wring rearrange', { bodyOnly: true }],
  knock: ['knock', { needs: ['out', 'senseless', 'down'], bodyEnough: true }],
  tear: ['tear', { needs: ['apart', 'limb'] }],
  eradicate: ['eradicate exterminate annihilate', {}],
  wipe: ['wipe', { needs: ['out'] }],
  string: ['string', { needs: ['up'] }],
  jump: ['jump', { not: ['on', 'in', 'at', 'to', 'through', 'ship', 'queue', 'into', 'back', 'ahead'] }],
  catch: ['catch catches', { places: true, needs: ['fire'] }],
  come: ['come coming', { via: ['for', 'after'] }],
  put: ['put', { needs: ['bullet', 'bullets', 'cap', 'knife', 'hole', 'holes', 'hospital', 'grave', 'coma', 'wheelchair', 'ground'] }],
  throw: ['throw', { bodyOnly: true, needs: ['acid'] }],
  collapse: ['collapse collapses', { via: ['on', 'onto'] }],
  run: ['run', { needs: ['over', 'road'] }],
  set: ['set', { places: true, needs: ['fire', 'alight', 'ablaze'] }],
  hunt: ['hunt hunted track', { needs: ['down'] }],
  find: ['find', {}],
  poison: ['poison poisoned drown drowned stomp stomped', {}],
  break: ['break', { bodyOnly: true }],
  give: ['give', { needs: ['beating', 'bullet', 'slap', 'punch', 'kicking', 'hiding', 'thrashing', 'smack'] }],
};

/** Every written form of an act, to the act it names. */
export const HARM_FORMS = new Map<string, string>(
  Object.entries(VERBS).flatMap(([act, [forms]]) => forms.split(' ').map((f) => [f, act] as const)),
);
export const HARMS = new Map<string, Harm>(Object.entries(VERBS).map(([act, [, harm]]) => [act, harm]));

/** Forms after "be"/"get" that make a harm done to someone ("should be shot", "gets beaten up"). */
export const PASSIVE = new Set(
  'run set taken shot killed murdered stabbed knifed hurt harmed beaten punched strangled choked slapped attacked assaulted tortured hanged hung lynched beheaded butchered slaughtered executed raped burned burnt bombed torched firebombed strung blown whacked smacked kicked poisoned drowned hit lit'.split(
    ' ',
  ),
);
/** Harm as a thing someone deserves or is given ("deserves a beating", "needs a bullet"). */
export const HARM_NOUNS = new Set('beating bullet bullets slap punch kicking hiding thrashing smack stabbing death knife'.split(' '));
/** Death wished on someone: "hope you die", "should be dead", "rot in hell". */
export const DEATH = new Set('die dies dead rot rots bleed bleeds suffer'.split(' '));

/** People a threat is aimed at; "me", "my" and "us" are the reviewer's own, never a target. */
export const PERSON_PRONOUNS = new Set(
  "you u ya yall y'all youse him her them everyone everybody somebody someone anyone anybody whoever".split(' '),
);
export const SUBJECT_PRONOUNS = new Set("you u ya yall y'all he she they who whoever you're youre they're he's she's".split(' '));
export const DETERMINERS = new Set(
  'the that this those these your ur their his her every any some each next a an whoever whichever'.split(' '),
);
export const PEOPLE = new Set(
  `agent agents rep reps representative representatives manager managers supervisor supervisors ceo cfo cto coo boss bosses owner owners
  staff staffer employee employees worker workers technician technicians tech techs engineer engineers installer installers driver drivers
  courier couriers dispatcher dispatchers guy guys man men woman women lady ladies girl girls boy boys dude dudes person people team crew clerk clerks cashier
  cashiers teller tellers operator operators advisor advisors adviser advisers associate associates executive executives execs director
  directors president founder founders developer developers designer designers idiot idiots moron morons clown clowns bastard bastards
  scumbag scumbags family families kids children wife husband son daughter everyone everybody folks lot receptionist landlord
  guard guards officer officers salesman salesmen saleswoman salesperson specialist specialists lead leads coordinator employer
  programmer programmers contractor contractors member members chief head heads rat rats pig pigs department dept management leadership board
  executives immigrant immigrants migrants refugees foreigners muslim muslims jew jews christians gays blacks whites asians`.split(/\s+/),
);
export const PLACES = new Set(
  `office offices headquarters hq building buildings store stores shop shops branch branches warehouse warehouses centre center house
  home homes place factory studio studios car cars van truck windows premises`.split(/\s+/),
);
export const BODY_PARTS = new Set(
  'face head heads teeth legs leg neck necks skull knees kneecaps jaw nose arms arm fingers ribs back throat throats ass arse butt life lives'.split(
    ' ',
  ),
);
/** What a blow is struck with: "hit that rep with a chair", not "hit them with a complaint". */
export const BLUNT = new Set('chair bat brick hammer bottle stick pipe rock fist belt crowbar club knife gun'.split(' '));
/** A word after a person or place noun that shows the noun was only describing a thing ("the agent portal"). */
export const NOT_A_HEAD = new Set(
  `app apps page portal screen hours credit account line number chat queue button menu rules wifi plan subscription feature version tab
  settings policy card bill phone email address login system software network website site name names id password code mode pricing
  prices price deal deals service model process number's review reviews`.split(/\s+/),
);
/** Words that may sit between an act and its target ("beat the crap out of", "kill every last one of"). */
export const FILLERS = new Set(
  'up down out over of the a to acid those these kinds kind sort sorts type types crap hell shit living life daylights every last single one all each both few couple right bullet bullets cap in into through'.split(
    ' ',
  ),
);
/** People a hazard can hurt as well as a threat: "the kids will get hurt" warns, "the rep will get hurt" threatens. */
export const FAMILY = new Set('family families kids children wife husband son daughter people everyone everybody folks'.split(' '));
/** Weapons: brought, or come with, by someone who means to use them. */
export const WEAPONS = new Set(
  'gun guns knife knives bat bats rifle shotgun pistol machete axe crowbar weapon weapons bomb explosives'.split(' '),
);
export const CARRYING = new Set('with bring bringing brought grab grabbing carry carrying take taking load loading get getting'.split(' '));
/** A message sent, not a blow landed: "shoot me an email", "hit them with a complaint". */
export const MESSAGES = new Set(
  'email e-mail emails message messages text texts line note dm pm call ticket request reply quick letter'.split(' '),
);

/** The reviewer's own "I" and "we", contracted or not. */
export const FIRST_PERSON = new Set("i we i'm im i'll ill i'd we'll we're we'd let's lets i've ive myself".split(' '));
/** Intent: the reviewer will, is going to, or wants to. Contracted forms carry their own "I". */
export const INTENT = new Set(
  "will 'll gonna gunna going wanna want wants would shall might about ready plan planning intend tempted swear promise coming come".split(
    ' ',
  ),
);
export const SELF_INTENT = new Set("i'll ill we'll i'd we'd let's lets ima imma i'ma".split(' '));
/** A call on someone to do it: "someone should", "somebody needs to", "they ought to". */
export const CALL = new Set('should shud must needs need ought oughta gotta has have deserve deserves best interest'.split(' '));
/** A wish or hope that harm befalls someone. */
export const WISH = new Set('hope hoping hopefully wish wishing pray praying'.split(' '));
/** Words that start an order ("go punch the next rep", "someone shoot him"). */
export const ORDER_LEADS = new Set('go just please pls plz somebody someone and then now so'.split(' '));
export const NEGATIONS = new Set(
  "not never no nobody noone none neither nor don't dont won't wont wouldn't wouldnt shouldn't shouldnt didn't didnt doesn't doesnt isn't isnt aren't arent cannot couldn't couldnt can't cant".split(
    ' ',
  ),
);

/** The harm words worth reading back from a disguised spelling, by length, and stretched ones by their squeezed form. */
export const DISGUISABLE = (() => {
  const words = [...HARM_FORMS.keys(), ...DEATH, ...PASSIVE];
  const byLength = new Map<number, string[]>();
  for (const w of words) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  const squeezed = new Map(words.map((w) => [w.replace(/(\p{L})\1+/gu, '$1'), w] as const));
  return { byLength, squeezed };
})();

/** Every word a threat can turn on; the rest of a text is passed over with one lookup each. */
export const ACT_WORDS = new Set([...HARM_FORMS.keys(), ...PASSIVE, ...HARM_NOUNS, ...DEATH, ...WEAPONS]);
