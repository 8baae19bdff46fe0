// Content script entry: follows the settings, turns marking on and off for this page, answers the
// popup, and removes every trace of itself when the extension context goes away. Hover, cards and
// the badge are not loaded here: interaction.js comes when the page has its first mark (or the top
// frame a child frame's card), so a page with nothing to mark pays for the marking engine alone.

import { createMatcher, type Matcher, unpackMatcher } from '../core/match';
import { privacyTest } from '../core/match/private-names';
import type { MatchData } from '../core/protocol';
import { isEntityMarked, isMarkingActive, type Settings } from '../core/settings';
import { askWorker } from '../platform/messaging';
import { isContextAlive, isContextError } from './context';
import { highlightCss, highlightStyleFor, takeEarlyStyle } from './highlight-style';
import { canDrawMarks } from './highlight-support';
import { forgetInteraction, loadInteraction } from './interaction-factory';
import type { PageInteraction } from './interaction-types';
import type { MarkFilter } from './mark-filter';
import { Marking } from './marking';
import { pageTheme } from './page-context';
import { watchDatasetRevision } from './revision';
import { listenToTab } from './tab-listener';
import { traceEnd, traceStart } from './trace';
import { watchSettings } from './worker-broadcasts';
import { askWithRetry, RetryAbortedError } from './worker-retry';

// Set by a previous copy of this script in the same world (after an extension update or reload):
// that copy is orphaned and must let go of the page before this one starts.
const INSTANCE_KEY = Symbol.for('factlens.content.teardown');
type InstanceSlot = Record<typeof INSTANCE_KEY, (() => void) | undefined>;

const CONTEXT_CHECK_MS = 1000;
/** Marks arrive by the thousand: after a failed load of interaction.js they do not each ask again. */
const LOAD_RETRY_MS = 5000;

/** The settings that decide which matches are marked; a change to any of them redoes the marks. */
function filterKey(s: Settings): string {
  return JSON.stringify([s.markTypes, s.mutedEntities, s.firstMentionOnly]);
}

/** about:blank frames inherit their creator's origin; location.hostname would be empty there. */
function pageHostname(): string {
  try {
    if (self.origin && self.origin !== 'null') return new URL(self.origin).hostname;
  } catch {
    // Opaque or unparsable origin: fall back to the location.
  }
  return location.hostname;
}

function start(): void {
  // From here to the first mark, as a measure on pages that ask for traces (bench/start-cost-bench.ts).
  const startedAt = traceStart();
  let firstMarkTraced = false;
  const slot = globalThis as unknown as InstanceSlot;
  slot[INSTANCE_KEY]?.();
  forgetInteraction();

  const lifetime = new AbortController();
  const hostname = pageHostname();
  let settings: Settings | null = null;
  let matchData: MatchData | null = null;
  let matcher: Matcher | null = null;
  let marking: Marking | null = null;
  let appliedFilter = '';
  let appliedStyle = '';
  // Bumped on every settings change, so a slow getMatchData for an older state is dropped.
  let generation = 0;
  // Hover, cards, Undo and badge: loaded once, on first need; they outlive each marking.
  let interaction: PageInteraction | null = null;
  let loading: Promise<PageInteraction | null> | null = null;
  // After a failed load, new marks wait this long before asking again (a reader's action asks at once).
  let retryMarksAt = 0;

  const teardown = () => {
    if (lifetime.signal.aborted) return;
    lifetime.abort();
    generation++;
    marking?.dispose();
    marking = null;
    interaction?.dispose();
    interaction = null;
    takeEarlyStyle()?.style.remove();
    if (slot[INSTANCE_KEY] === teardown) slot[INSTANCE_KEY] = undefined;
  };
  slot[INSTANCE_KEY] = teardown;

  const onWorkerError = (error: unknown) => {
    if (isContextError(error)) teardown();
  };

  /** The interaction code, loaded on first call; null when it could not be (retried on the next call). */
  const needInteraction = (): Promise<PageInteraction | null> => {
    loading ??= loadInteraction().then(
      (factory) => {
        if (lifetime.signal.aborted) return null;
        interaction = factory({
          hostname,
          signal: lifetime.signal,
          onWorkerError,
          marked: () =>
            marking && matchData
              ? { counts: marking.countByEntity(), entities: matchData.entities, ...marking.readState() }
              : null,
        });
        // Marks made while it loaded: the badge hears of them now, and hover covers them.
        interaction.marksChanged();
        if (marking) marking.attach(interaction);
        return interaction;
      },
      (error: unknown) => {
        loading = null;
        retryMarksAt = performance.now() + LOAD_RETRY_MS;
        onWorkerError(error);
        return null;
      },
    );
    return loading;
  };
  const onMarksChanged = () => {
    if (!firstMarkTraced) {
      firstMarkTraced = true;
      traceEnd('factlens:first-mark', startedAt);
    }
    if (interaction) interaction.marksChanged();
    else if (!loading && performance.now() >= retryMarksAt) void needInteraction();
  };

  const useMatchData = (data: MatchData): Matcher => {
    matchData = data;
    // Views over the received tables: nothing is compiled in the page, not even the start pattern.
    matcher = createMatcher(unpackMatcher(data.matcher), data.starts);
    return matcher;
  };
  // Match data is asked for again after a failure (worker-retry.ts) until the extension is gone.
  const retrying = (signal: AbortSignal) => ({ signal, isFatal: () => !isContextAlive() });
  const loadMatcher = async (signal = lifetime.signal): Promise<Matcher> => {
    const data = await askWithRetry(() => askWorker('getMatchData', {}), retrying(signal));
    // An answer that arrives after a newer revision superseded its request is not used.
    if (signal.aborted) throw new RetryAbortedError('superseded');
    return useMatchData(data);
  };

  const ensureMarking = async (token: number) => {
    // Nothing could be drawn: no scan, and the popup says why (see mentions below).
    if (!settings || !canDrawMarks()) return;
    // The styles go in before the matcher is asked for: a new style sheet makes the browser restyle
    // the whole page (Firefox: tens of milliseconds on a long one), which then happens while the
    // worker answers instead of inside the first scan slice.
    const style = highlightStyleFor(highlightCss(settings.markStyle, pageTheme() === 'dark'));
    try {
      matcher ??= await loadMatcher();
    } catch (error) {
      style.remove();
      onWorkerError(error);
      return;
    }
    if (token !== generation || marking || lifetime.signal.aborted || !settings) {
      style.remove();
      return;
    }
    appliedFilter = filterKey(settings);
    appliedStyle = JSON.stringify(settings.markStyle);
    marking = new Marking({
      matcher,
      hoverDelayMs: settings.hoverDelayMs,
      style,
      markStyle: settings.markStyle,
      filter: filterFor(settings),
      onWorkerError,
      onMarksChanged,
    });
    // Loaded for an earlier marking (an Undo of "Off on this site" reopens its card in this one).
    if (interaction) marking.attach(interaction);
  };

  // Types come from the current match data, so entities of newly imported articles are filtered too.
  // The table is built on the first match asked about: a page with nothing to mark never needs it.
  const filterFor = (s: Settings): MarkFilter => {
    let types: Map<string, MatchData['entities'][number]['type']> | null = null;
    return {
      isPrivate: privacyTest(matchData?.privateNames),
      isMarked: (id) => {
        types ??= new Map(matchData?.entities.map((e) => [e.id, e.type]));
        const type = types.get(id);
        return type !== undefined && isEntityMarked(s, { id, type });
      },
      firstMentionOnly: s.firstMentionOnly,
    };
  };
  const update = (current: Marking, next: Settings) => {
    current.setHoverDelay(next.hoverDelayMs);
    const style = JSON.stringify(next.markStyle);
    if (style !== appliedStyle) current.setMarkStyle(next.markStyle);
    appliedStyle = style;
    const filter = filterKey(next);
    if (filter !== appliedFilter) current.setFilter(filterFor(next));
    appliedFilter = filter;
  };

  const apply = (next: Settings) => {
    if (lifetime.signal.aborted) return;
    settings = next;
    const token = ++generation;
    if (!isMarkingActive(next, hostname)) {
      // Off here: the styles installed at document_start leave with the rest.
      takeEarlyStyle()?.style.remove();
      marking?.dispose();
      marking = null;
      return;
    }
    if (marking) update(marking, next);
    else void ensureMarking(token);
  };

  // The worker tells every frame the repaired settings after each change (content scripts have no
  // storage access of their own where the browser can keep them out).
  const stopWatching = watchSettings(apply);
  lifetime.signal.addEventListener('abort', () => {
    try {
      stopWatching();
    } catch {
      // Listener removal fails only when the extension is already gone.
    }
  });

  // Imported articles change the dataset. A tab that is not marking only forgets the old matcher
  // (the next start fetches the new one); a marking tab fetches it now and redoes its marks.
  // The old matcher keeps marking until the new one has arrived; a newer revision supersedes the fetch.
  let revisionFetch: AbortController | null = null;
  const stopRevisions = watchDatasetRevision(async () => {
    if (lifetime.signal.aborted) return;
    revisionFetch?.abort();
    if (!marking) {
      matchData = null;
      matcher = null;
      return;
    }
    const request = new AbortController();
    revisionFetch = request;
    const stop = () => request.abort();
    lifetime.signal.addEventListener('abort', stop, { once: true });
    try {
      const next = await loadMatcher(request.signal);
      if (settings) marking?.setMatcher(next, filterFor(settings));
    } catch (error) {
      onWorkerError(error);
    } finally {
      lifetime.signal.removeEventListener('abort', stop);
    }
  });
  lifetime.signal.addEventListener('abort', stopRevisions);

  const stopAnswering = listenToTab({
    unmarkedMentions: () =>
      marking && marking.store.size > 0
        ? null
        : {
            mentions: [],
            ...(marking?.readState() ?? { reading: false, readAt: null }),
            ...(canDrawMarks() ? {} : { cannotMark: true }),
          },
    describeMarks: () => marking?.describeMarks() ?? [],
    loaded: () => interaction,
    load: needInteraction,
  });
  lifetime.signal.addEventListener('abort', stopAnswering);

  // An orphaned script gets no event from the browser; it notices on the next user activity.
  let lastCheck = 0;
  const checkContext = () => {
    const now = performance.now();
    if (now - lastCheck < CONTEXT_CHECK_MS) return;
    lastCheck = now;
    if (!isContextAlive()) teardown();
  };
  for (const type of ['pointermove', 'keydown', 'scroll', 'visibilitychange'] as const) {
    document.addEventListener(type, checkContext, { passive: true, capture: true, signal: lifetime.signal });
  }

  // Settings and match data in one round trip: marking starts without asking for the matcher.
  askWithRetry(() => askWorker('startPage', { hostname }), retrying(lifetime.signal)).then((start) => {
    if (lifetime.signal.aborted) return;
    if (start.matchData && !matcher) useMatchData(start.matchData);
    // A change heard while the answer was on its way is newer than the answer.
    if (!settings) apply(start.settings);
  }, onWorkerError);
}

start();
