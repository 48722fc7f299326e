// The words the profanity rules know: bad-words' own list (minus ordinary and clinical words it also holds),
// roots that form compounds and inflections (dumbass, fuckers, bullshit), and slurs, which are held for a moderator.

/** In bad-words' list but ordinary, clinical or a name in a review ("God", "screw", "Sex Education", "Lipshitz"). */
export const NOT_PROFANE = new Set(
  `god hell hells anal anus balls breasts boob boobs booobs boooobs booooobs booooooobs b00b b00bs butt bum bloody cox kock
  cipa dupa enema feces foreskin homo hoar hoare horny horniest kum kums kummer kumming labia lust lusting masochist masokist sadist
  muff muther mutha nazi nazis nob nobs orafis orgasim orgasims orgasm orgasms orgasum oriface orifice orifiss pawn penis penas penus
  penuus peenus peeenus peeenusss peinus pen1s penisbreath poop porn porno pornography pornos p0rn pron preteen rectum recktum screw screwing
  scrotum semen sex sexy hotsex phonesex gaysex hardcoresex smut snatch teets teez testical testicle testicles tit wang willy willies xxx
  xrated viagra v1gra v14gra cyalis dink dinks flange pula pule perse paska kusi pillu mibun monkleigh rautenberg schaffer ekrem ekto yed
  skribz sphencter h0r h4x0r hui knob knobs knobz shag shagger shaggin shagging boner dike dominatricks dominatrics dominatrix boffing
  ejaculate ejaculated ejaculates ejaculating ejaculatings ejaculation ejakulate ejackulate fellate fellatio cunilingus cunillingus
  cunnilingus kunilingus bestial bestiality beastial beastiality doggin dogging lipshits lipshitz masturbate masterbate masterbates
  masterbaiter massterbait masstrbait masstrbate masterbat masterbat3 masterbation masterbations master-bate masterb8 m45terbate ma5terb8
  ma5terbate masturbat sob mibun fu pimpis muschi packie packy packi l3itch l3i+ch w00se woose vulva vullva vagina vagiina va1jina vag1na
  vaj1na vajina clitoris fitt kondum kondums nepesaurio lesbian pecker kuntz fart farts farted farting rimming slag slags spunk schmuck`.split(
    /\s+/,
  ),
);

/** Slurs: masked like any profanity and always held for a moderator. */
export const SLURS = new Set(
  `nigger niggers nigga niggas niggaz niggah nigur niiger niigr nigg3r nigg4h sandnigger faggot faggots fag fags faggit faggitt fagot
  fagots faggy faget fagit fagz faig faigs fagg1t fagging faggs chink chinks gook gooks spic spics spick kike kikes wetback wetbacks
  beaner beaners coon coons paki pakis pakie polack polak polac wop wops dago dagos dego raghead ragheads towelhead towelheads tranny
  trannies shemale shemales heshe retard retards retarded spastic spaz spazz spac mong mongs negro negroes golliwog sambo darkie darkies
  gyppo gypo pikey abo abos boong boonga abeed arabush africoon chingchong injun lesbo lesbos lezzian dyke dykes kraut krauts honkey
  honky jap japs zipperhead mouliewop fudgepacker carpetmuncher buttpirate flikker`.split(/\s+/),
);

/** Words that are also names: capitalised next to another capitalised word they are a name (Dick Van Dyke, Moby Dick). */
export const ALSO_NAMES = new Set([
  'dick',
  'dyke',
  'cock',
  'fanny',
  'willy',
  'johnson',
  'negro',
  'coon',
  'mong',
  'abo',
  'gay',
  'prick',
  'cumming',
  'pussy',
]);

/** Innocent phrases around an otherwise masked word. */
export const INNOCENT_PHRASES =
  /\b(?:(?:summa|magna) cum(?: laude)?|cum laude|cock and bull|cock-a-hoop|cock-eyed|cock rock|cock-?crow(?:s|ed|ing)?|cocks? crow(?:s|ed|ing)?|pussy ?willows?|pussy ?cats?|pussy ?foot(?:s|ed|ing)?|private dicks?|fucking,? (?:upper )?austria|village of fucking|spotted dick|faggots? (?:of (?:sticks|wood|twigs)|and (?:peas|gravy|mash|onions))|spick and span|spic and span|cocked hat|bastard (?:files?|swords?|saws?|trowels?|wings?|sons?|daughters?|child|children|brothers?|sisters?)|chinks? (?:in|of)|kick(?:s|ed|ing)? against the pricks|(?:i|you|we|they|to|will|would|can|could|did|do|does|not|and) prick(?:s|ed)? (?:us|him|her|them|me|my|your|his|its|their|our|the|a|an|up))\b/gi;

const INFLECTIONS = `s es ed er ers ing ings in y ey ie ies ier iest ish ery`;
const COMPOUND_ENDINGS = `face faces faced head heads hole holes wit wits wad wads bag bags stain stains show shows storm load loads hat hats
  stick sticks tard tards nugget nuggets brain brains weasel clown clowns bucket wipe wipes sucker suckers sucking licker lickers muncher
  fest up ups off box boy boys nut nuts rag waffle lord ton tons less pile heap burger`;
const COMPOUND_STARTS = `mother motha mutha muther bull horse dip dumb fat jack smart lard half lame cluster chicken ape holy dog pig god
  dick ass arse shit fuck cock butt douche twat cheap tight lazy candy dirt mind cyber finger fist mega super uber ultra`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Root → the starts and endings it takes. The general roots take all; the rest only their own. */
export const ROOTS: Record<string, { starts: string[]; endings: string[] }> = {
  fuck: { starts: words(COMPOUND_STARTS), endings: [...words(INFLECTIONS), ...words(COMPOUND_ENDINGS)] },
  shit: { starts: words(COMPOUND_STARTS), endings: [...words(INFLECTIONS), ...words(COMPOUND_ENDINGS), 'e', 'ey'] },
  cunt: { starts: words(COMPOUND_STARTS), endings: [...words(INFLECTIONS), ...words(COMPOUND_ENDINGS)] },
  ass: {
    starts: words('dumb fat jack smart lard half lame cheap tight lazy candy dip kiss hard wise'),
    endings: words(
      'es hole holes hat hats wipe wipes face faces head heads clown clowns kisser kissers kissing licker lickers wad wads fuck fucker fuckers ed',
    ),
  },
  arse: { starts: words('dumb fat smart lard half lame cheap tight lazy'), endings: words('s hole holes wipe face licker d') },
  dick: { starts: [], endings: words('s head heads face faces wad wads weed weeds hole holes ish bag bags ing') },
  cock: { starts: [], endings: words('s sucker suckers sucking head heads face bite up ups') },
  bitch: { starts: words('sonofa son-of-a'), endings: words('es ed y ier iest ing in ass face slap') },
  piss: { starts: [], endings: words('es ed er ers ing y head heads take off pot hole flaps ant ants poor') },
  crap: { starts: words('bull horse holy'), endings: words('s py pier piest ped ping per pers hole fest load ton') },
  damn: { starts: words('god gad'), endings: words('s ed ing it') },
  twat: { starts: [], endings: words('s ted ting waffle waffles face head heads ty') },
  wank: { starts: [], endings: words('s ed er ers ing y stain stains') },
  bastard: { starts: [], endings: words('s') },
  bollock: { starts: [], endings: words('s sed ing ings') },
  douche: { starts: [], endings: words('s bag bags y canoe nozzle') },
  prick: { starts: [], endings: words('s ish') },
  slut: { starts: [], endings: words('s ty tier') },
  whore: { starts: [], endings: words('s') },
  skank: { starts: [], endings: words('s y') },
  jizz: { starts: [], endings: words('ed ing') },
  bugger: { starts: [], endings: words('s ed ing y') },
  tosser: { starts: [], endings: words('s') },
  bellend: { starts: [], endings: words('s') },
  turd: { starts: [], endings: words('s') },
};

/** Roots still recognised with a vowel stretched to two ("shiit", "fuuck"). */
export const STRETCHABLE = words(
  'fuck fucking fucker fuckers fucked shit shitty cunt damn crap twat dick cock bitch slut whore wank wanker bastard motherfucker bullshit',
);

/** Written out where the generator would not spell them. */
export const EXTRA_PROFANITY = words(
  'cuck cucks felch felching dck bollox dammit goddammit godammit goddam goddamned motherfucking mothafucking mofo pussy pussies asshat arsed dumbfuck knobhead knobend nobhead fck fcking fckin fuk fukin fuking phuck phucking biatch beeyotch beyotch biyatch effing sonofabitch',
);

/** Roots whose matches by obscenity (its originalWord) are slurs rather than swearing. */
export const SLUR_ROOTS = new Set([
  'abeed',
  'abo',
  'africoon',
  'arabush',
  'boonga',
  'chingchong',
  'chink',
  'dyke',
  'fag',
  'kike',
  'negro',
  'nigger',
  'retard',
  'spastic',
  'tranny',
]);

/** obscenity phrases for words this platform does not mask (clinical or ordinary words; see NOT_PROFANE). */
export const OBSCENITY_NOT_PROFANE = new Set([
  'anal',
  'anus',
  'boob',
  'ejaculate',
  'fellatio',
  'hentai',
  'hooker',
  'incest',
  'masturbate',
  'orgasm',
  'orgy',
  'penis',
  'porn',
  'rape',
  'scat',
  'semen',
  'sex',
  'tit',
  'vagina',
  'bestiality',
  'deepthroat',
  'doggystyle',
  'double penetration',
  'finger bang',
  'fisting',
  'handjob',
  'lubejob',
]);

/** Words with a masked word inside that obscenity would flag; its whitelist takes them out before our own checks. */
export const OBSCENITY_WHITELIST: Record<string, string[]> = {
  cock: [
    'cockpit',
    'cocktail',
    'peacock',
    'hitchcock',
    'shuttlecock',
    'woodcock',
    'gamecock',
    'cockburn',
    'hancock',
    'babcock',
    'cockroach',
    'cockatoo',
    'cockatiel',
    'cockerel',
    'cockle',
    'stopcock',
    'ballcock',
    'weathercock',
  ],
  cum: ['cum laude', 'summa cum', 'magna cum', 'cumbria', 'cumberland', 'cumin', 'cummings', 'vacuum'],
  dick: ['dickens', 'dickinson', 'dickson', 'benedick'],
  shit: ['shitake', 'shiitake'],
  cunt: ['scunthorpe'],
  twat: ['twattle'],
  wank: ['swank', 'swanky'],
  arse: ['arsenal', 'arsenic'],
  retard: ['retardant'],
};
