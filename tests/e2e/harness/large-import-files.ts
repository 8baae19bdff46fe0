// A JSON Lines file over the old 5 MB limit for the large-import tests: real-like news articles, one per
// line (see bench/real-like-jsonl.ts, which the import benchmark uses too).
export {
  type RealLikeJsonLines as LargeImportFile,
  writeRealLikeJsonLines as writeLargeJsonLines,
} from '../../../bench/real-like-jsonl';
