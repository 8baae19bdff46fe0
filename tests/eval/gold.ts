// Hand-annotated text the compiler is scored against: articles with every gold name's exact span, and
// which names in an article are one entity ("Philip Sheridan" … "Sheridan").
import type { EntityType } from '../../src/core/dataset/types';

export type GoldType = EntityType;

export interface GoldMention {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  type: GoldType;
  /** The entity's full name in this article; filled by clusterMentions when the corpus does not say. */
  entity?: string;
}

export interface GoldArticle {
  id: string;
  title: string;
  paragraphs: string[];
  mentions: GoldMention[];
}

export interface GoldCorpus {
  name: string;
  articles: GoldArticle[];
}

/**
 * Within one article, a name whose words are a run of a longer name of the same type is that entity's
 * short form: "Sheridan" and "Philip Sheridan", "Rada" and "Verkhovna Rada". Acronyms are left alone
 * (the gold does not say what they stand for). Returns the article with every mention's `entity` set.
 */
export function clusterMentions(article: GoldArticle): GoldArticle {
  const names = [...new Set(article.mentions.map((m) => `${m.type}\t${m.text}`))].map((key) => {
    const [type, text] = key.split('\t') as [GoldType, string];
    return { type, text, words: text.split(' ') };
  });
  const full = (text: string, type: GoldType): string => {
    const words = text.split(' ');
    let best = text;
    for (const other of names) {
      if (other.type !== type || other.words.length <= words.length) continue;
      if (containsRun(other.words, words) && other.words.length > best.split(' ').length) best = other.text;
    }
    return best;
  };
  return {
    ...article,
    mentions: article.mentions.map((m) => ({ ...m, entity: m.entity ?? full(m.text, m.type) })),
  };
}

function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++)
    if (run.every((word, k) => words[i + k] === word)) return true;
  return false;
}

/** A literal string as a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
