// News-like benchmark text: real-like articles (real sentences, generated names that repeat as news
// names do, see real-like-articles.ts) joined into one text, with the names the text holds as the
// alias set. Unlike filler text, most capitalised words here are not names (sentence starts, titles,
// nationalities, works), so a matcher's first stage meets them all and must reject them.

import type { MatchAlias } from '../src/core/protocol';
import { aliasRegExp } from './alias-regex';
import { generateAliases } from './aliases';
import { realLikeArticles } from './real-like-articles';

export interface NewsText {
  text: string;
  /** Distinct names in the text, most mentioned first. */
  names: string[];
}

/** At least `chars` UTF-16 units of whole article bodies (their date lines left out), and their names. */
export function newsText(chars: number, seed = 1): NewsText {
  const mentions = new Map<string, number>();
  const count = (name: string) => mentions.set(name, (mentions.get(name) ?? 0) + 1);
  const parts: string[] = [];
  let length = 0;
  // "Kano Institute (KI)" is two names: the org's and its acronym's.
  const onName = (rendered: string) => {
    const acronym = / \((\p{Lu}{2,})\)$/u.exec(rendered);
    if (acronym) {
      count(rendered.slice(0, acronym.index));
      count(acronym[1] as string);
    } else count(rendered);
  };
  for (const file of realLikeArticles(Number.MAX_SAFE_INTEGER, { seed, onName })) {
    const body = file.text.slice(file.text.indexOf('\n\n') + 2);
    parts.push(body);
    length += body.length + 1;
    if (length >= chars) break;
  }
  const names = [...mentions.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  // Whole articles (not cut at `chars`), so every name counted is in the text.
  return { text: parts.join('\n'), names };
}

/**
 * `size` aliases: the text's own names first (most mentioned first), then generated ones (people,
 * organisations, Cyrillic and accented names) that the text mostly does not hold, as a large dataset
 * holds many names a given page never mentions.
 */
export function newsAliases(names: readonly string[], size: number): MatchAlias[] {
  const seen = new Set<string>();
  const out: MatchAlias[] = [];
  for (const alias of names) {
    if (out.length >= size) break;
    if (!seen.has(alias)) {
      seen.add(alias);
      out.push({ alias, entityId: `text-${out.length}` });
    }
  }
  for (const a of generateAliases(size * 2)) {
    if (out.length >= size) break;
    if (!seen.has(a.alias)) {
      seen.add(a.alias);
      out.push(a);
    }
  }
  return out;
}

/**
 * News-like text that mentions the given names (a dataset's): the text's most mentioned names, four
 * per alias, become those aliases wherever they stand, so the names keep the text's own rhythm of
 * mentions while every other name and capital in it stays a near miss for the matcher.
 */
export function newsTextMentioning(chars: number, aliases: readonly MatchAlias[], seed = 1): string {
  const news = newsText(chars, seed);
  const wanted = [...new Set(aliases.map((a) => a.alias))];
  if (wanted.length === 0) return news.text;
  const replaced = news.names.filter((n) => !wanted.includes(n)).slice(0, wanted.length * 4);
  const to = new Map(replaced.map((name, i) => [name, wanted[i % wanted.length] as string]));
  return news.text.replace(aliasRegExp(replaced), (name) => to.get(name) ?? name);
}
