// Words for entity data, shared by the card, the popup's lists and the options page so an entity
// is called the same thing everywhere.
import type { EntityType } from '../core/dataset/types';

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  other: 'Other',
};

/** The entity type as a word, for cards and lists. */
export function entityTypeLabel(type: EntityType): string {
  return TYPE_LABELS[type] ?? TYPE_LABELS.other;
}

/** Case, spacing and curly-or-straight apostrophes ignored: how a reader tells two labels apart. */
function wordsKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase();
}

/** Whether two labels read as the same words. */
export function sameWords(a: string, b: string): boolean {
  return wordsKey(a) === wordsKey(b);
}

/**
 * Aliases other than the name itself and any already shown elsewhere on the card, unique by
 * sameWords, in dataset order.
 */
export function otherAliases(
  name: string,
  aliases: readonly string[],
  shown: readonly string[] = [],
): string[] {
  const seen = new Set([name, ...shown].map(wordsKey));
  const out: string[] = [];
  for (const alias of aliases) {
    const key = wordsKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}

/** "1 mention", "3 mentions": counts read as words, not bare numbers, for screen readers and citations. */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a fact is newer than the page being read. Dates compare as YYYY-MM-DD strings; a page date
 * that is not one (the host could not read it) flags nothing rather than guessing.
 */
export function isLaterThanPage(factDate: string, pageDate: string | undefined): boolean {
  if (!pageDate || !ISO_DAY.test(pageDate)) return false;
  const day = factDate.slice(0, 10);
  return ISO_DAY.test(day) && day > pageDate;
}
