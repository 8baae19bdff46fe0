export { buildMatcher, type Match, type Matcher } from './matcher';
export { isWordAt, isWordBefore } from './word-chars';
