// Acronyms: "Institute for the Study of War (ISW)" defines ISW; "SCO" later in the same text stands for
// "Shanghai Cooperation Organization" because S, C, O are the initials of its significant words.
import { NAME_CONNECTORS } from './entity-rules';

/** True when `letters` are the initials of the name's significant words (or of all its words), in order. */
export function acronymMatchesName(letters: string, words: string[]): boolean {
  if (words.length < 2 || letters.length < 2) return false;
  const target = letters.toUpperCase();
  return initialsVariants(words).some((initials) => initials === target);
}

/** The initials an acronym of this name could spell, upper case. */
export function initialsVariants(words: string[]): string[] {
  const significant = words.filter((word) => !NAME_CONNECTORS.has(word) && word.toLowerCase() !== 'and');
  const initials = (list: string[]) => list.map((word) => word.charAt(0).toUpperCase()).join('');
  // "Anti-Corruption Bureau" may be abbreviated with or without the inner word.
  const split = significant.flatMap((word) => word.split('-').filter(Boolean));
  return [initials(significant), initials(split), initials(words)];
}
