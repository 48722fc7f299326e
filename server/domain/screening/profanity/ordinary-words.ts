// Ordinary short English words: when every piece of a split-up word is one of them ("he/she", "as shown",
// "pen is"), the pieces are read as the words they are, not as a swear word broken apart.

const ORDINARY = new Set(
  `a i am an as at be by do go he if in is it me my no of oh ok on or so to up us we ah eh hi ha ho yo ye
  all and any are ask bad bag bed big bit box boy but buy can car cat cut day did die dog dry due eat end
  far few fit fix fly for fun get got had has hat her him his hit hot how its job key kid let lie lot low
  man may men mix new nor not now odd off old one our out own pay pen per pet put ran red run sad sat saw
  say sea see set she shy sir sit six sky son sun tax tea ten the tie tin tip too top toy try two use van
  via war was way wet who why win won yes yet you ago add age aid aim air art bar bat bay bet bid bin bow
  bun bus cap cod cow cry cup dad dam den dig dim dip don dot dug ear egg elf era eve fan fat fed fee fig
  fin fir fog fox fur gap gas gel gem gin gum gun gut guy gym ham hen hid hip hog hop hub hug hut ice ill
  ink inn jam jar jaw jet jog joy jug kin kit lab lad lap law lay led leg lid lip log mad map mat mob mop
  mud mug nap net nil nod nun nut oak oar oat oil opt orb ore owe owl pad pal pan pat paw pea peg pie pig
  pin pit pod pop pot pub pun pup rag ram rat raw ray rib rid rig rim rip rob rod rot row rub rug rum rut
  sap sew sin sip sob sod sow soy spa spy sub sum tab tag tan tap tar ten toe ton tub tug urn vat vet vow
  wag wan wax web wed wig wit woe wok yak yam yap zip zoo also back been best both call came come dear
  does done down each even ever face fact feel fine from gave give good half hand hard have head hear
  help here high hold home hope into just keep kind knew know last late left less life like line live
  long look lose made make many more most much must name near need next nice only open over part pass
  past play read real rest ride said same save seen self send show shut side sign some soon sort stay
  such sure take tell than that them then they this time told took true turn very wait walk want well
  went were what when whom wide will wish with word work year your hole tail pit hook shot re chin shat ick itch wat
  king kings hits hitting sing tier cant shot shut dock duck pass puck pack sick sack neck nick
  u r c y n x e`.split(/\s+/),
);

export const isOrdinaryWord = (word: string): boolean => ORDINARY.has(word.toLowerCase());
