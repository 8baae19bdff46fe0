import type { MatchAlias } from '../protocol';
import { compileMatcher } from './compile';
import { createMatcher, type Matcher } from './matcher';

export { compileMatcher } from './compile';
export { createMatcher, type Match, type Matcher, startPattern } from './matcher';
export { packedTag, packMatcher, unpackMatcher } from './pack';
export { type CompiledMatcher, tableBytes } from './tables';
export { isWordAt, isWordBefore } from './word-chars';

/** Compiles and loads in one step: for tests and tools, never for pages (they get compiled tables). */
export function buildMatcher(aliases: readonly MatchAlias[]): Matcher {
  return createMatcher(compileMatcher(aliases));
}
