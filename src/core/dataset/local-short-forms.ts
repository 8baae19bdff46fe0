// Short forms resolved inside one article. A surname two people in the corpus share ("Campbell") is no
// alias of either, so it marks no page; but inside an article that names one of them in full, and only
// one, "Campbell said" is that person, and the card should quote it, as a reader would read it. The same
// holds for an organisation's head word: "the Commission said" after "European Commission", "the Court"
// after "Court of Appeal" (generic heads are never aliases: every page has a "Commission" of its own).
import { buildMatcher, type Match } from '../match';
import { type CorpusWords, isPlaceAlias, isUnsafeWord } from './alias-safety';
import { HONORIFICS, isRoleWord, LEGISLATURES, NON_NAME_CAPITALS } from './entity-rules';
import { surnameOf } from './surnames';
import type { Entity } from './types';
import { isOrgHead } from './word-kinds';

// A surname standing alone: not the end or the start of someone else's name ("Howie Payne", "Campbell, A.").
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*)\.?\s+$/u;
/** "Howie Payne" is someone else; "Mr. Campbell", "But Campbell", "Senator Campbell" are not. */
function nameBefore(text: string): boolean {
  const word = NAME_BEFORE.exec(text)?.[1];
  return word !== undefined && !HONORIFICS.has(word) && !NON_NAME_CAPITALS.has(word) && !isRoleWord(word);
}
const ARTICLE_BEFORE = /(?:^|\s)(?:the|The|a|A|an|An)\s+$/u;
const NAME_AFTER = /^(?:\s+\p{Lu}|,\s*\p{Lu}\.)/u;

/** "Commission" of "European Commission", "Court" of "Court of Appeal": a capitalised organisation head. */
function headWord(words: string[]): string | undefined {
  const connector = words.findIndex((word, i) => i > 0 && (word === 'of' || word === 'for'));
  const head = words[connector > 0 ? connector - 1 : words.length - 1] ?? '';
  const lower = head.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(head) || !(isOrgHead(lower) || LEGISLATURES.has(lower))) return undefined;
  return head;
}

export class LocalShortForms {
  /** Entity id → the short form it has inside an article that names it. */
  private readonly surnames = new Map<string, string>();
  /** Short forms that are organisation heads: they are read only after an article ("the Commission"). */
  private readonly heads = new Set<string>();
  private readonly matcher;

  constructor(entities: readonly Entity[], corpus: CorpusWords) {
    for (const entity of entities) {
      const words = entity.name.split(' ');
      if (words.length < 2) continue;
      if (entity.type === 'organisation') {
        const head = headWord(words);
        if (head && !entity.aliases.includes(head)) {
          this.surnames.set(entity.id, head);
          this.heads.add(head);
        }
        continue;
      }
      if (entity.type !== 'person') continue;
      const surname = surnameOf(words);
      // A surname the entity already has as an alias is found by the page matcher.
      if (entity.aliases.includes(surname) || isUnsafeWord(surname, corpus) || isPlaceAlias(surname))
        continue;
      this.surnames.set(entity.id, surname);
    }
    const distinct = new Set(this.surnames.values());
    this.matcher = buildMatcher([...distinct].map((surname) => ({ alias: surname, entityId: surname })));
  }

  /** Short form → the one entity of `named` (ids named in full in the article) that has it. */
  ownersIn(named: ReadonlySet<string>): Map<string, string> {
    const owners = new Map<string, string | null>();
    for (const id of named) {
      const surname = this.surnames.get(id);
      if (surname) owners.set(surname, owners.has(surname) ? null : id);
    }
    return new Map([...owners].filter((entry): entry is [string, string] => entry[1] !== null));
  }

  /** Short-form mentions of the owners in a sentence, outside the page matcher's own `matches`. */
  scan(sentence: string, owners: ReadonlyMap<string, string>, matches: readonly Match[]): Match[] {
    if (owners.size === 0) return [];
    return this.matcher
      .scan(sentence)
      .filter(
        (m) =>
          owners.has(m.alias) &&
          !matches.some((other) => m.start < other.end && m.end > other.start) &&
          !nameBefore(sentence.slice(Math.max(0, m.start - 40), m.start)) &&
          // "Radio in Australia" is radio; "the Commission said", "a Commission spokesman" is the body.
          (!this.heads.has(m.alias) ||
            ARTICLE_BEFORE.test(sentence.slice(Math.max(0, m.start - 6), m.start))) &&
          !NAME_AFTER.test(sentence.slice(m.end)),
      )
      .map((m) => ({ ...m, entityId: owners.get(m.alias) as string }));
  }
}
