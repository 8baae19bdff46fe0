// The start-character pattern sent with the matcher (MatchData.starts): worked out here once per
// packed matcher, not in every page, where walking the 65,536-entry class table cost milliseconds.
import { startPattern, unpackMatcher } from '../core/match';

let last: { tables: string; starts: string } | null = null;

/** startPattern of the packed matcher's class table (base64, as sent to tabs); the last one is kept. */
export function startsOf(tables: string): string {
  if (last?.tables !== tables) last = { tables, starts: startPattern(unpackMatcher(tables).cls) };
  return last.starts;
}
