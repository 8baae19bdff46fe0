// Surnames resolved inside one article. A surname two people in the corpus share ("Campbell") is no
// alias of either, so it marks no page; but inside an article that names one of them in full, and only
// one, "Campbell said" is that person, and the card should quote it, as a reader would read it.
import { buildMatcher, type Match } from '../match';
import { type CorpusWords, isPlaceAlias, isUnsafeWord } from './alias-safety';
import { HONORIFICS, isRoleWord, NON_NAME_CAPITALS } from './entity-rules';
import { surnameOf } from './surnames';
import type { Entity } from './types';

// A surname standing alone: not the end or the start of someone else's name ("Howie Payne", "Campbell, A.").
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*)\.?\s+$/u;
/** "Howie Payne" is someone else; "Mr. Campbell", "But Campbell", "Senator Campbell" are not. */
function nameBefore(text: string): boolean {
  const word = NAME_BEFORE.exec(text)?.[1];
  return word !== undefined && !HONORIFICS.has(word) && !NON_NAME_CAPITALS.has(word) && !isRoleWord(word);
}
const NAME_AFTER = /^(?:\s+\p{Lu}|,\s*\p{Lu}\.)/u;

export class LocalSurnames {
  private readonly surnames = new Map<string, string>();
  private readonly matcher;

  constructor(entities: readonly Entity[], corpus: CorpusWords) {
    for (const entity of entities) {
      if (entity.type !== 'person') continue;
      const words = entity.name.split(' ');
      if (words.length < 2) continue;
      const surname = surnameOf(words);
      // A surname the entity already has as an alias is found by the page matcher.
      if (entity.aliases.includes(surname) || isUnsafeWord(surname, corpus) || isPlaceAlias(surname))
        continue;
      this.surnames.set(entity.id, surname);
    }
    const distinct = new Set(this.surnames.values());
    this.matcher = buildMatcher([...distinct].map((surname) => ({ alias: surname, entityId: surname })));
  }

  /** Surname → the one person of `named` (ids named in full in the article) who has it. */
  ownersIn(named: ReadonlySet<string>): Map<string, string> {
    const owners = new Map<string, string | null>();
    for (const id of named) {
      const surname = this.surnames.get(id);
      if (surname) owners.set(surname, owners.has(surname) ? null : id);
    }
    return new Map([...owners].filter((entry): entry is [string, string] => entry[1] !== null));
  }

  /** Surname mentions of the owners in a sentence, outside the page matcher's own `matches`. */
  scan(sentence: string, owners: ReadonlyMap<string, string>, matches: readonly Match[]): Match[] {
    if (owners.size === 0) return [];
    return this.matcher
      .scan(sentence)
      .filter(
        (m) =>
          owners.has(m.alias) &&
          !matches.some((other) => m.start < other.end && m.end > other.start) &&
          !nameBefore(sentence.slice(Math.max(0, m.start - 40), m.start)) &&
          !NAME_AFTER.test(sentence.slice(m.end)),
      )
      .map((m) => ({ ...m, entityId: owners.get(m.alias) as string }));
  }
}
