// Word lists behind the entity rules. They describe how news prose names things (titles before names,
// generic heads of organisation names), not which things exist: that is the gazetteers' (lexicon.ts).

import { isPersonNoun } from './lexicon';

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Lower-case words allowed inside a capitalised name ("Institute for the Study of War", "von der Leyen"). */
export const NAME_CONNECTORS = words(
  'of for the de del della da di du der den van von al el bin ibn la le y',
);

/** Capitalised words that open a run but are never part of a name ("The ISW" → "ISW"). */
export const NON_NAME_CAPITALS = words(`
  The A An This That These Those He She It They We I You His Her Its Their Our My Your
  In On At By To From With Without Into Over Under After Before During Since Until As Of For And But Or Nor
  If When While Where Although Though Despite Meanwhile However Instead Also Yet So Then Now Here There
  Mr Mrs Ms Mx Dr Prof Sir Dame Madam Lord Lady
  Sen Rep Gov Gen Lt Col Capt Sgt Maj Adm Cmdr Rev Hon Pres Supt Insp Det Cllr Amb`);

/** Honorifics: they mark the following name as a person but are not part of it. */
export const HONORIFICS = words(
  'Mr Mrs Ms Mx Dr Prof Sir Dame Madam Sen Rep Gov Gen Lt Col Capt Sgt Maj Adm Cmdr Rev Hon Pres Supt Insp Det Cllr Amb',
);

/**
 * Role nouns that can head a title before a person's name ("Russian President", "presidential candidate").
 * Lower-case forms; matching is case-insensitive.
 */
export const ROLE_WORDS = words(`
  president vice-president premier chancellor minister secretary senator congressman congresswoman
  representative governor mayor king queen prince princess emperor pope cardinal archbishop bishop
  ayatollah sheikh emir sultan general admiral colonel commander marshal captain lieutenant sergeant
  ambassador envoy diplomat spokesman spokeswoman spokesperson adviser advisor aide chief head leader
  chairman chairwoman chair director ceo founder judge justice prosecutor attorney lawyer candidate nominee
  officer official analyst expert economist professor researcher journalist correspondent editor
  speaker lawmaker deputy mp mep dictator monarch activist billionaire businessman businesswoman
  coach player striker dj executive engineer coroner sheriff inspector detective brigadier corporal`);

/** Modifiers that may stand in a title before the role noun ("former", "Foreign", "presidential"). */
export const TITLE_MODIFIERS = words(`
  former acting interim incumbent outgoing incoming then newly elected late deputy vice first prime
  foreign defence defense interior finance justice health economy trade energy security military
  presidential opposition party democratic republican conservative labour liberal socialist communist
  senior top chief general state federal regional local national supreme high armed royal crown majority
  minority`);

/** Generic heads of organisation names. Also used to refuse them as short forms ("the Ministry"). */
export const ORG_HEADS = words(`
  organization organisation institute institution council union agency party ministry committee commission
  bank fund association corporation company group alliance federation league court parliament assembly
  congress senate cabinet government administration army forces force navy service services department
  office bureau authority university college school academy foundation society network center centre
  program programme movement front fleet brigade battalion regiment division corps guard police inc ltd llc plc
  corp co gmbh ag fc afc news times post press agency tribune journal television radio band trio records
  studios pictures films exchange theatre sentinel statesman telegram observer guardian mirror examiner courier
  inquirer dispatch bulletin monitor`);

/** Heads of the names of events: neither a person, an organisation nor a place ("Pan American Games"). */
export const EVENT_HEADS = words(`
  games olympics olympiad championships championship cup awards award festival tournament classic masters open
  prix marathon derby expo summit conference war uprising revolution rebellion crisis massacre`);

/** Institutions whose one-word name is a proper noun when capitalised ("the Rada", "Congress"). */
export const LEGISLATURES = words(
  'rada duma knesset bundestag sejm majlis riksdag storting folketing congress senate parliament kremlin pentagon representatives commons',
);

/** Heads that make a capitalised name a place ("Black Sea", "Donetsk Oblast"). */
export const PLACE_HEADS = words(`
  sea ocean river lake mountains mountain hills island islands peninsula gulf bay strait channel desert
  valley oblast region province county district state city town village street square avenue airport
  port coast empire parish courthouse taluk kreis station reservoir brook`);

/** Words that introduce a place ("in Astana", "near Kharkiv"). */
export const PLACE_PREPOSITIONS = words('in near outside across throughout toward towards into inside');

/** Acronyms that are vocabulary, not entities. */
export const ACRONYM_STOPLIST = words(`
  CEO CFO CTO COO GDP GNP TV AI IT PR HR OK AM PM BC AD CE BCE UTC GMT USD EUR GBP RUB UAH
  PDF FAQ DIY ID IDs IQ VIP PhD MBA MP MPs MEP DNA RNA HIV AIDS COVID ICU ER BBQ NB PS`);

/** Month and weekday names are capitalised but are never entities. */
export const CALENDAR_WORDS = words(`
  January February March April May June July August September October November December
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);

/** A role title ("president") or, from the lexicon, a singular noun for a person ("singer", "poet"). */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLE_WORDS.has(lower) || isPersonNoun(lower)) return true;
  // "Secretary-General", "ex-President": a hyphenated title is a title when its last part is one.
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  return last !== lower && ROLE_WORDS.has(last);
}

export function isTitleModifier(word: string): boolean {
  return TITLE_MODIFIERS.has(word.toLowerCase());
}
