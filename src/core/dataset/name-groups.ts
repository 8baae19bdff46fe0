// Pass 2 of entity extraction: mentions with the same name form a group (group-stats.ts), then groups
// that are other names of the same thing are linked to it: acronyms to their expansion, surnames to the
// one person who has them, "the Rada" to "Verkhovna Rada". A link is made only when exactly one fits.
import { initialsVariants } from './acronyms';
import { type CorpusWords, isCommonWord } from './alias-safety';
import { NAME_CONNECTORS } from './entity-rules';
import type { Groups, NameGroup } from './group-stats';
import { isGivenName, lexiconTags } from './lexicon';
import { surnameOf } from './surnames';
import { addWeights, emptyWeights, pickType, type TypeWeights, totalWeight } from './type-hints';
import { shapePrior } from './type-prior';
import { isDemonym, isOrgHead, isPlaceHead } from './word-kinds';

/** Multi-word names seen in the same article as an acronym with their initials: acronym → name keys. */
export type LocalExpansions = Map<string, Set<string>>;

export function linkGroups(groups: Groups, local: LocalExpansions, corpus: CorpusWords): void {
  linkDefinedAcronyms(groups);
  linkUndefinedAcronyms(groups, local);
  linkSurnames(groups, corpus);
  linkShortForms(groups);
  linkCompanyShortForms(groups, corpus);
}

/** "Institute for the Study of War (ISW)": the text says so. The most frequent definition wins. */
function linkDefinedAcronyms(groups: Groups): void {
  const definitions = new Map<string, Map<string, number>>();
  for (const group of groups.values()) {
    for (const [letters, n] of group.definitions) {
      const counts = definitions.get(letters) ?? new Map<string, number>();
      counts.set(group.key, (counts.get(group.key) ?? 0) + n);
      definitions.set(letters, counts);
    }
  }
  for (const [letters, counts] of definitions) {
    const acronym = groups.get(letters);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (acronym?.acronym && best) acronym.parent = best[0];
  }
}

/** "SCO" with no definition: link it when exactly one multi-word name has those initials. */
function linkUndefinedAcronyms(groups: Groups, local: LocalExpansions): void {
  // Names by the initials they could be abbreviated to: one pass, so the corpus's acronyms are not
  // each compared with every name (that was 84% of finish() at 14,500 articles).
  const byInitials = new Map<string, NameGroup[]>();
  for (const group of groups.values()) {
    if (group.acronym || group.words.length < 2) continue;
    for (const initials of new Set(initialsVariants(group.words))) {
      pushTo(byInitials, initials, group);
    }
  }
  for (const group of groups.values()) {
    if (!group.acronym || group.parent || group.key.length < 2) continue;
    const matches = byInitials.get(group.key.toUpperCase()) ?? [];
    const near = local.get(group.key);
    const nearby = matches.filter((name) => near?.has(name.key));
    const only = nearby.length === 1 ? nearby[0] : matches.length === 1 ? matches[0] : undefined;
    if (only) group.parent = only.key;
  }
}

/** "Putin" after "Vladimir Putin". A surname shared by two people in the corpus belongs to neither. */
function linkSurnames(groups: Groups, corpus: CorpusWords): void {
  const bySurname = new Map<string, NameGroup[]>();
  for (const group of groups.values()) {
    if (group.words.length < 2 || group.parent || groupType(group, corpus) !== 'person') continue;
    const surname = surnameIn(groups, group.words);
    pushTo(bySurname, surname, group);
  }
  for (const [surname, found] of bySurname) {
    const people = joinVariants(found);
    const alone = groups.get(surname);
    if (people.length > 1) {
      if (alone) alone.dropped = true;
      continue;
    }
    const person = people[0] as NameGroup;
    if (alone && alone !== person) {
      const w = alone.weights;
      // "Jordan" the country is not Michael Jordan's surname when the text treats it as a place.
      if (w.person === 0 && w.place + w.organisation >= 2) continue;
      alone.parent = person.key;
      alone.reference = true;
    }
    person.impliedAliases.push(surname);
    // "Leyen" alone after "von der Leyen" is a clipped mention, not a name of its own.
    const clipped = groups.get(surname.split(' ').pop() ?? '');
    if (clipped && clipped !== alone && clipped !== person && !clipped.parent) clipped.dropped = true;
  }
}

/**
 * "Edward Farr" and "Edward D. Farr": one given name, one surname, with and without a middle initial, are
 * one person. Middle names are not initials ("John Quincy Adams" is not "John Adams"), and two different
 * initials ("George W. Bush", "George H. W. Bush") are two people. The most frequent form names the entity.
 */
function joinVariants(people: NameGroup[]): NameGroup[] {
  if (people.length < 2 || !people.every((person) => person.words[0] === people[0]?.words[0])) return people;
  const middles = new Set(people.map((person) => person.words.slice(1, -1).join(' ')).filter(Boolean));
  const initialsOnly = [...middles].every((middle) => /^\p{Lu}\.?$/u.test(middle));
  if (middles.size !== 1 || !initialsOnly) return people;
  const main = people.reduce((best, person) => (person.count > best.count ? person : best));
  for (const person of people) if (person !== main) person.parent = main.key;
  return [main];
}

/**
 * The surname a person is called by in the corpus: the longest ending of the full name that stands alone
 * somewhere ("Costa Lima" for "Mariana Costa Lima", "Van Laere"), else the usual surname.
 */
function surnameIn(groups: Groups, words: string[]): string {
  const usual = surnameOf(words);
  // When the last word stands alone too ("Faber" beside "Eberhard Faber"), it is the surname.
  if (groups.has(usual)) return usual;
  // "Xi Jinping" … "Xi said": the family name first, as in Chinese, Korean or Hungarian names.
  const first = words[0] as string;
  if (words.length === 2 && groups.has(first) && !lexiconTags(first).has('FirstName') && !isGivenName(first))
    return first;
  for (let i = 1; i < words.length - 1; i++) {
    const ending = words.slice(i).join(' ');
    if (groups.has(ending) && /^\p{Lu}/u.test(words[i] ?? '')) return ending;
  }
  return usual;
}

/** "the Rada" after "Verkhovna Rada": a proper head word used alone with "the", owned by one name. */
function linkShortForms(groups: Groups): void {
  const byLastWord = new Map<string, NameGroup[]>();
  for (const group of groups.values()) {
    if (group.words.length < 2) continue;
    const last = group.words[group.words.length - 1] as string;
    pushTo(byLastWord, last, group);
  }
  for (const group of groups.values()) {
    if (group.words.length !== 1 || group.acronym || group.parent || group.dropped) continue;
    if (!group.afterThe) continue;
    const head = group.key.toLowerCase();
    if (isOrgHead(head) || isPlaceHead(head)) continue;
    // "the London and South Western Railway", "the Olympic team": a place or an adjective is not a head.
    const tags = lexiconTags(group.key);
    if (tags.has('Place') || tags.has('Adjective')) continue;
    // Only a name whose last word is its head: "the Potomac" is not the "Army of the Potomac", and
    // "the Jews" not "European Jews".
    const owners = (byLastWord.get(group.key) ?? []).filter(
      (other) =>
        !other.parent &&
        pickType(other.weights) !== 'person' &&
        !other.words.some((word) => NAME_CONNECTORS.has(word)) &&
        !isDemonym(other.words[0] ?? ''),
    );
    if (owners.length === 1) {
      group.parent = (owners[0] as NameGroup).key;
      group.reference = true;
    }
  }
}

/** The type the evidence gives, or the name's shape when there is no evidence. */
function groupType(group: NameGroup, corpus: CorpusWords) {
  const evidence = totalWeight(group.weights) > 0 ? group.weights : shapePrior(group.words, corpus);
  return pickType(evidence);
}

const COMPANY_HEADS = new Set(
  'inc ltd llc plc corp co gmbh ag sa nv bv group holdings systems technologies industries motors airlines bank'.split(
    ' ',
  ),
);

/**
 * "Halberd said" after "Halberd Devices Ltd": a company is called by its first word. Linked only when
 * exactly one company's name (one ending in Ltd, Inc, Group...) starts with that word, and the word is
 * nothing the lexicon knows, no vocabulary, place or given name of its own.
 */
function linkCompanyShortForms(groups: Groups, corpus: CorpusWords): void {
  const byFirstWord = new Map<string, NameGroup[]>();
  for (const group of groups.values()) {
    if (group.words.length < 2 || group.words.length > 4 || group.parent || group.acronym) continue;
    if (group.words.some((word) => NAME_CONNECTORS.has(word)) || groupType(group, corpus) !== 'organisation')
      continue;
    // A company's own head ("Halberd Devices Ltd", "Tamsin Group"), not "Hebrew University", "Prussian Army".
    if (!COMPANY_HEADS.has((group.words[group.words.length - 1] as string).toLowerCase())) continue;
    const first = group.words[0] as string;
    pushTo(byFirstWord, first, group);
  }
  for (const [word, companies] of byFirstWord) {
    const alone = groups.get(word);
    if (!alone || companies.length !== 1 || alone.parent || alone.dropped || alone.acronym) continue;
    // Nothing the lexicon knows (no place, given name or adjective), no vocabulary, no nationality.
    if (lexiconTags(word).size > 0 || isCommonWord(word, corpus) || isGivenName(word) || isDemonym(word))
      continue;
    // Nothing may speak for another reading: "Bridgton" (a town by its ending), "Fremantle" in "in Fremantle".
    if (groupType(alone, corpus) !== 'other') continue;
    alone.parent = (companies[0] as NameGroup).key;
    alone.reference = true;
  }
}

/** Adds `value` to the list under `key`: the indexes that keep corpus-wide linking linear. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Follows parent links to the group that names the entity. */
export function rootOf(groups: Groups, group: NameGroup): NameGroup {
  let current = group;
  for (let hops = 0; current.parent && hops < 8; hops++) {
    const parent = groups.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current;
}

export function weightsOf(members: NameGroup[]): TypeWeights {
  return members.reduce((sum, member) => addWeights(sum, member.weights), emptyWeights());
}
