// The packed matcher the worker sends to tabs. For the bundled dataset it is the file compiled at
// build time; for a dataset with imported articles it is compiled here, once per dataset version,
// never per page.

import type { Dataset } from '../core/dataset/types';
import { toBase64 } from '../core/match/base64';
import { packDatasetMatcher } from '../core/match/dataset-matcher';
import { packedTag } from '../core/match/pack';

/** What the matcher is compiled from: a dataset head will do. */
type MatchSource = Pick<Dataset, 'version' | 'entities'>;

/** Reads the packaged matcher.bin, or null when there is none. */
export type PackagedMatcherLoader = () => Promise<Uint8Array | null>;

/** The file's tag, or null when it is not a packed matcher of this format (a stale build). */
function tagOf(packed: Uint8Array): string | null {
  try {
    return packedTag(packed);
  } catch {
    return null;
  }
}

let cached: { version: string; tables: Promise<string> } | null = null;

async function tablesFor(source: MatchSource, loadPackaged?: PackagedMatcherLoader): Promise<string> {
  const { version } = source;
  const packaged = await loadPackaged?.().catch(() => null);
  // The packaged file fits only the bundled dataset it was built with: the tag says which.
  if (packaged && tagOf(packaged) === version) return toBase64(packaged);
  return toBase64(packDatasetMatcher(source));
}

/** Base64 of the packed matcher for this dataset; one compile per dataset version and worker life. */
export function matchTables(source: MatchSource, loadPackaged?: PackagedMatcherLoader): Promise<string> {
  const { version } = source;
  if (cached?.version !== version) {
    const tables = tablesFor(source, loadPackaged);
    cached = { version, tables };
    tables.catch(() => {
      if (cached?.tables === tables) cached = null;
    });
  }
  return cached.tables;
}
