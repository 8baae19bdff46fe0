// Streaming entity extraction: articles are scanned one at a time and only per-name tallies are kept
// (group-stats.ts). Everything that needs the whole corpus (is a sentence opener a name? which name
// does an acronym stand for?) is decided in finish().
import { splitSentenceSpans } from '../text/sentences';
import { tokenize } from '../text/tokens';
import { acronymMatchesName } from './acronyms';
import type { CorpusWords } from './alias-safety';
import { collectProperWords, type Mention, scanSentence } from './candidates';
import { datelineOf } from './datelines';
import { addMention, type Groups, mergeGroups } from './group-stats';
import { isVerbWord, lexiconTags } from './lexicon';
import { type LocalExpansions, linkGroups } from './name-groups';
import { quotedTitles } from './quoted-titles';
import type { Article } from './types';

interface DeferredOpener {
  ifName: Groups;
  ifNot: Groups;
}

export class EntityCollector {
  private readonly groups: Groups = new Map();
  /** Sentence openers whose reading waits for the corpus: word → groups under either reading. */
  private readonly deferred = new Map<string, DeferredOpener>();
  /** Words capitalised away from a sentence start anywhere so far. */
  private readonly proper = new Set<string>();
  private readonly local: LocalExpansions = new Map();
  /** Words written in lower case anywhere: "laboratory" makes "Laboratory" vocabulary, not a name. */
  private readonly lower = new Set<string>();
  readonly words: CorpusWords = { seenLowerCase: (word) => this.lower.has(word) };
  private seq = 0;

  addArticle(article: Article): void {
    const acronyms = new Set<string>();
    const names = new Map<string, string[]>();
    const note = (group: { key: string; words: string[]; acronym: boolean }) => {
      if (group.acronym) acronyms.add(group.key);
      else if (group.words.length > 1) names.set(group.key, group.words);
    };
    for (const paragraph of article.paragraphs) {
      for (const span of splitSentenceSpans(paragraph)) {
        const dateline = span.start === 0 ? datelineOf(span.text) : undefined;
        if (dateline) this.fold(this.groups, dateline.mentions, note);
        // The dateline's capitals are its place, not an acronym: name rules start after them.
        const all = tokenize(span.text);
        const tokens = dateline ? all.filter((token) => token.start >= dateline.end) : all;
        collectProperWords(span.text, tokens, this.proper);
        for (const token of tokens) if (!token.capitalised) this.lower.add(token.text);
        this.fold(this.groups, quotedTitles(span.text, tokens), note);
        const found = scanSentence(span.text, tokens, this.proper);
        if (found.opener) {
          const deferred = this.deferredFor(found.opener.word);
          this.fold(deferred.ifName, found.opener.ifName, () => undefined);
          this.fold(deferred.ifNot, found.opener.ifNot, () => undefined);
        }
        this.fold(this.groups, found.certain, note);
      }
    }
    // "SCO" and "Shanghai Cooperation Organization" in one article: evidence the one abbreviates the other.
    for (const letters of acronyms) {
      for (const [key, words] of names) {
        if (!acronymMatchesName(letters, words)) continue;
        const set = this.local.get(letters) ?? new Set<string>();
        set.add(key);
        this.local.set(letters, set);
      }
    }
  }

  /** The linked name groups; the collector must not be used afterwards. */
  finish(): Groups {
    for (const [word, deferred] of this.deferred)
      mergeGroups(this.groups, this.openerIsName(word) ? deferred.ifName : deferred.ifNot);
    this.deferred.clear();
    linkGroups(this.groups, this.local, this.words);
    return this.groups;
  }

  /**
   * A capitalised sentence opener is a name when the corpus capitalises it elsewhere, or when nothing
   * knows it as a word: not the lexicon, not the corpus in lower case, not its ending ("Following").
   */
  private openerIsName(word: string): boolean {
    if (this.proper.has(word)) return true;
    const lower = word.toLowerCase();
    if (lexiconTags(word).size > 0 || this.lower.has(lower)) return false;
    return !/(?:ing|ed|ly)$/.test(lower) && !isVerbWord(lower);
  }

  private deferredFor(word: string): DeferredOpener {
    let deferred = this.deferred.get(word);
    if (!deferred) {
      deferred = { ifName: new Map(), ifNot: new Map() };
      this.deferred.set(word, deferred);
    }
    return deferred;
  }

  private fold(
    groups: Groups,
    mentions: Mention[],
    note: (group: { key: string; words: string[]; acronym: boolean }) => void,
  ): void {
    for (const mention of mentions) note(addMention(groups, mention, this.seq++));
  }
}
