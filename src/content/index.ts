// Content script entry: follows the settings, turns marking on and off for this page, answers the
// popup, and removes every trace of itself when the extension context goes away.

import { createMatcher, type Matcher, unpackMatcher } from '../core/match';
import { privacyTest } from '../core/match/private-names';
import type { MatchData } from '../core/protocol';
import { isEntityMarked, isMarkingActive, type Settings } from '../core/settings';
import { askWorker } from '../platform/messaging';
import { reportMarkCount } from './badge-report';
import { createCardView } from './card-factory';
import { createCardLookup } from './card-lookup';
import { createCardUndo } from './card-undo';
import { isContextAlive, isContextError } from './context';
import { TopFrameCards } from './frame-card-top';
import { answerFrameMessages } from './frame-messages';
import { highlightCss, highlightStyleFor, takeEarlyStyle } from './highlight-style';
import { canDrawMarks } from './highlight-support';
import type { MarkFilter } from './mark-filter';
import { Marking } from './marking';
import { cardContext, pageTheme } from './page-context';
import { answerTabMessages, toPageMentions } from './page-mentions';
import { watchDatasetRevision } from './revision';
import { watchSettings } from './worker-broadcasts';
import { askWithRetry, RetryAbortedError } from './worker-retry';

// Set by a previous copy of this script in the same world (after an extension update or reload):
// that copy is orphaned and must let go of the page before this one starts.
const INSTANCE_KEY = Symbol.for('factlens.content.teardown');
type InstanceSlot = Record<typeof INSTANCE_KEY, (() => void) | undefined>;

const CONTEXT_CHECK_MS = 1000;

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
  const slot = globalThis as unknown as InstanceSlot;
  slot[INSTANCE_KEY]?.();

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
  // The card outlives each marking: the Undo toast after "Off on this site" stays when marking stops.
  const card = createCardView(
    (fact) =>
      void askWorker('openArticle', { articleId: fact.articleId, factId: fact.id }).catch((error: unknown) =>
        onWorkerError(error),
      ),
    (error) => onWorkerError(error),
  );
  const cardActions = createCardUndo({
    view: card,
    reopen: (origin, control) => marking?.reopenAt(origin, control) ?? false,
    theme: () => cardContext().theme,
    hostname,
    onError: (error) => onWorkerError(error),
    signal: lifetime.signal,
  });

  const teardown = () => {
    if (lifetime.signal.aborted) return;
    lifetime.abort();
    generation++;
    marking?.dispose();
    marking = null;
    card.dispose();
    takeEarlyStyle()?.style.remove();
    if (slot[INSTANCE_KEY] === teardown) slot[INSTANCE_KEY] = undefined;
  };
  slot[INSTANCE_KEY] = teardown;

  const onWorkerError = (error: unknown) => {
    if (isContextError(error)) teardown();
  };

  // The toolbar badge counts what the reader's page marks: the top frame's names only.
  const badge =
    window === window.top
      ? reportMarkCount(
          () => marking?.countByEntity().size ?? 0,
          (count) => askWorker('reportMarkedNames', { count }).catch(onWorkerError),
          lifetime.signal,
        )
      : null;
  if (badge) {
    // Restored from the back/forward cache: the browser cleared the badge, the marks are still here.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) badge.resend();
    };
    window.addEventListener('pageshow', onPageShow, { signal: lifetime.signal });
  }

  const useMatchData = (data: MatchData): Matcher => {
    matchData = data;
    // Views over the received tables: nothing is compiled in the page.
    matcher = createMatcher(unpackMatcher(data.matcher));
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
      card,
      cardActions,
      onWorkerError,
      ...(badge ? { onMarksChanged: badge.changed } : {}),
    });
  };

  // Types come from the current match data, so entities of newly imported articles are filtered too.
  const filterFor = (s: Settings): MarkFilter => {
    const types = new Map(matchData?.entities.map((e) => [e.id, e.type]));
    return {
      isPrivate: privacyTest(matchData?.privateNames),
      isMarked: (id) => {
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

  if (window === window.top) {
    // Cards for marks in child frames too small to hold them; drawn whether or not this page marks.
    const frameCards = new TopFrameCards(
      card,
      createCardLookup(),
      cardActions,
      () => marking?.hideCard(),
      onWorkerError,
      lifetime.signal,
    );
    const stopAnswering = answerTabMessages({
      mentions: () =>
        marking && matchData
          ? { mentions: toPageMentions(marking.countByEntity(), matchData.entities), ...marking.readState() }
          : { mentions: [], reading: false, readAt: null, ...(canDrawMarks() ? {} : { cannotMark: true }) },
      reveal: (entityId) => marking?.reveal(entityId) ?? false,
      step: (direction) => marking?.step(direction) ?? false,
      showFrameCard: (frameId, request) => frameCards.show(frameId, request),
      closeFrameCard: (frameId) => frameCards.leave(frameId),
      describeMarks: () => marking?.describeMarks() ?? [],
    });
    lifetime.signal.addEventListener('abort', stopAnswering);
  } else {
    const stopAnswering = answerFrameMessages(() => marking?.topCardClosed() ?? false);
    lifetime.signal.addEventListener('abort', stopAnswering);
  }

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
