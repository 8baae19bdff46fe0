// Why a goal the benchmarks check is not met yet, as measured and understood on main: printed under
// every NOT MET line so the table says the remaining gap and its cause. Keyed by the start of the
// goal's `what` (sizes vary at the end). A cause is removed here when its goal is met.

const CAUSES: Array<[prefix: string, cause: string]> = [
  [
    'real pages: mark.js script time / ours',
    'mark.js given one markRegExp of all names (as its docs advise) walks each page once; Factlens pays a fixed start (settings + match data round trip, matcher views, style sheet, observers) that dominates small pages',
  ],
  [
    'real pages: page with nothing to mark',
    'the start script (16 KB gzipped: matcher views, scanner, highlighter, overlay, registry guard, captured DOM references) is parsed and run, and the first scan slice and the style install happen before the page is known to have no names',
  ],
  [
    'dataset size / article text',
    "measured at 300 real-like articles (427 KB of text): fact sentences stored in full in each named entity's shard 1.07 MB (2.5×), relations and timelines 1.13 MB, related names 0.64 MB, article metadata repeated per shard 0.53 MB, the article shards themselves 0.79 MB; facts as spans of the stored article text and compact relations would remove most of the first three",
  ],
  [
    'dataset and search index gzipped / article text',
    'as above, plus the sharded search index (141.5 MB at 10,000 articles, 10.9× the text: every fact sentence, entity and article indexed, with per-term document lists and the sentences again in its document shards)',
  ],
  [
    'first search after the worker slept',
    'a woken worker first evaluates its whole bundle, compromise included (its lexicon is expanded at load, 60–75 ms, for the import compiler: a service worker cannot load code later), then reads the sharded index head (the sorted word list, 6.1 MB at 10,000 articles) before the first answer',
  ],
  [
    'first card after the worker slept',
    "most of it is the wake: a woken worker answers its first message after 173 ms with the bundled dataset alone (the table's cold ms: the whole bundle evaluated, compromise's lexicon expanded for the import compiler, as a service worker cannot load code later) and 337 ms at 10,000 articles (the 40 segment records and the imports' state read from IndexedDB); the card then reads the entity's shard of each segment that has it and every segment's entity list (67,000 entities, about 100 ms of merging in a CPU profile; reading only the entity's shards instead was tried and was not measurably sooner)",
  ],
  [
    'build peak memory',
    'the build compiles the whole corpus in one process and holds it all at once: the compiled dataset (122 MB as JSON at 10,000 articles), its packed shards (157 MB) and the search index built from it (148 MB), each as JavaScript objects several times their serialised size',
  ],
  [
    'warm search p50',
    'the sharded index reads word and document shards through caches of 128 each, and ranks every fact hit of a common prefix in JavaScript',
  ],
  [
    'warm search p95',
    'the sharded index reads word and document shards through caches of 128 each, and ranks every fact hit of a common prefix in JavaScript',
  ],
  [
    'worker memory',
    'at 1,000 articles the search index is about half; the entity list and the matcher of the imported dataset stay in the heap once a tab asked for them',
  ],
  [
    'content script loaded at start',
    'the marking engine itself (scanner, text index, highlighter, mutation watcher), plus the overlay of imported names, the registry guard and the captured DOM references that issue 12 added; hover and cards are already injected on the first mark',
  ],
  [
    'all marks after load, mark.js markRegExp time / ours',
    'both walk the text once; mark.js then wraps each match in an element, Factlens registers ranges; the ratio is bounded by the shared walk',
  ],
  [
    '3,000 flat shadow roots: longest extension slice',
    'shadow roots are readied in batches of 50, but each batch adds the highlight style sheet to 50 roots and the browser restyles them at once',
  ],
  [
    '500 nested shadow roots: longest extension slice',
    'each nested root is readied (style sheet, observer) only when the walk reaches it, and a restyle of the chain above it follows every one',
  ],
  [
    'first visible mark after load',
    'the start script, the startPage round trip and the style install come first; on a loaded machine the worker answers late',
  ],
  [
    'all marks on the 1 MB page, from navigation',
    'the page is read in slices of 8 ms with a paint between them, so the whole page takes many frames by design',
  ],
  [
    'longest task after load',
    "Chromium: the first slice after the matcher arrives also installs styles and sets up the viewport observer; Firefox has no Long Tasks API, its slices are measured by bench:scroll from the content script's own performance measures",
  ],
  [
    'matcher load in a tab, 50,000 aliases',
    'the base64 text of a 4 MB matcher is decoded in the tab (extension messaging carries JSON)',
  ],
  [
    'matcher data sent to a tab',
    'the alias texts and entity ids alone are 3.2 MB at 10,000 articles; a tab would have to receive entry numbers and ask the worker for ids',
  ],
];

export function causeOf(what: string): string | undefined {
  return CAUSES.find(([prefix]) => what.startsWith(prefix))?.[1];
}
