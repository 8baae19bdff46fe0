// "On this page": what the content script found in the tab, with counts. Choosing one scrolls the page
// to its next mention (the content script flashes it) and shows its card here. Above the list, whether
// Factlens is marking this tab at all, with the switches to change that.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard, FactView, PageMention } from '../core/protocol';
import { siteStatus } from '../core/site-switch';
import { webHostOf } from '../core/text/http-url';
import { askTab, askWorker } from '../platform/messaging';
import { entityTypeLabel, FactCard } from '../ui/FactCard';
import { countOf, errorText } from './format';
import { SiteSwitches } from './SiteSwitches';
import { targetTab } from './tab-target';
import { useSettings } from './use-settings';

type Mentions =
  | { kind: 'loading' }
  | { kind: 'unreadable'; webPage: boolean; host: string | null }
  | {
      kind: 'ready';
      tabId: number;
      host: string | null;
      mentions: PageMention[];
      reading: boolean;
      readAt: number | null;
      cannotMark: boolean;
    };

// While the tab is still reading a long page, the list is asked for again this often.
const READING_POLL_MS = 1_000;
// Just after marking is switched on the page has not started reading yet (readAt is still null):
// it is asked again, this many times at most, rather than reported empty.
const START_POLLS = 15;
const START_POLL_MS = 200;

type Selected =
  | { kind: 'none' }
  | { kind: 'loading'; entityId: string }
  | { kind: 'card'; entityId: string; card: EntityCard | null }
  | { kind: 'error'; entityId: string; message: string };

function selectedId(s: Selected): string | null {
  return s.kind === 'none' ? null : s.entityId;
}

async function loadMentions(): Promise<Mentions> {
  const tab = await targetTab();
  const webPage = /^https?:/i.test(tab?.url ?? '');
  const host = webHostOf(tab?.url);
  if (tab?.id === undefined) return { kind: 'unreadable', webPage, host };
  try {
    const { mentions, reading, readAt, cannotMark } = await askTab(tab.id, 'getPageMentions', {});
    const sorted = [...mentions].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return {
      kind: 'ready',
      tabId: tab.id,
      host,
      mentions: sorted,
      reading,
      readAt,
      cannotMark: cannotMark === true,
    };
  } catch {
    // No receiving end: a browser page, a store page, or a tab opened before Factlens was installed.
    return { kind: 'unreadable', webPage, host };
  }
}

function SelectedCard({
  selected,
  onOpenArticle,
}: {
  selected: Selected;
  onOpenArticle: (fact: FactView) => void;
}): JSX.Element | null {
  switch (selected.kind) {
    case 'none':
      return null;
    case 'loading':
      return <p class="status">Loading…</p>;
    case 'error':
      return <p class="status error">Could not load this entry: {selected.message}</p>;
    case 'card':
      return selected.card ? (
        <FactCard card={selected.card} onOpenArticle={onOpenArticle} />
      ) : (
        <p class="status">This entry is no longer in Factlens’s data.</p>
      );
  }
}

export function OnPage({ onOpenArticle }: { onOpenArticle: (fact: FactView) => void }): JSX.Element {
  const [state, setState] = useState<Mentions>({ kind: 'loading' });
  const [selected, setSelected] = useState<Selected>({ kind: 'none' });
  const [jump, setJump] = useState('');
  const { settings, revision, error: settingsError, update } = useSettings();
  const host = state.kind === 'loading' ? null : state.host;
  const marking = settings && host ? siteStatus(settings, host).kind === 'on' : null;
  // Read by the polling loop, which outlives renders.
  const markingNow = useRef(marking);
  markingNow.current = marking;

  const reveal = (tabId: number, m: PageMention) => {
    setJump('');
    askTab(tabId, 'revealMention', { entityId: m.entityId }).then(
      ({ found }) =>
        setJump(
          found ? `Showing a mention of ${m.name} on the page.` : `${m.name} is no longer on the page.`,
        ),
      () => setJump(`Could not scroll to ${m.name} on this page.`),
    );
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    let startPolls = 0;
    const load = () =>
      loadMentions().then(
        (next) => {
          if (!live) return;
          setState(next);
          if (next.kind !== 'ready') return;
          if (next.reading) timer = setTimeout(load, READING_POLL_MS);
          else if (markingNow.current && next.readAt === null && startPolls++ < START_POLLS)
            timer = setTimeout(load, START_POLL_MS);
        },
        () => live && setState({ kind: 'unreadable', webPage: false, host: null }),
      );
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // A settings change turns marking on or off in the tab: ask it again.
  }, [revision]);

  const choose = (entityId: string) => {
    // Choosing the open entry again steps on to its next mention and keeps the card.
    if (selectedId(selected) === entityId) return;
    setSelected({ kind: 'loading', entityId });
    askWorker('lookupEntity', { entityId }).then(
      // A slower reply for an earlier click must not replace the card chosen since.
      (card) => setSelected((s) => (selectedId(s) === entityId ? { kind: 'card', entityId, card } : s)),
      (err: unknown) =>
        setSelected((s) =>
          selectedId(s) === entityId ? { kind: 'error', entityId, message: errorText(err) } : s,
        ),
    );
  };

  return (
    <section class="on-page" aria-labelledby="on-page-heading">
      <h2 id="on-page-heading">On this page</h2>
      {settings ? (
        <SiteSwitches
          settings={settings}
          host={host}
          marked={state.kind === 'ready' && marking ? state.mentions.length : null}
          update={update}
        />
      ) : null}
      {settingsError ? (
        <p class="error" role="alert">
          {settingsError}
        </p>
      ) : null}
      <div id="on-page">
        {state.kind === 'loading' ? (
          <p class="status">Looking at this page…</p>
        ) : state.kind === 'unreadable' ? (
          <>
            <p class="status">Factlens can’t read this page.</p>
            {state.webPage ? (
              <p class="hint">If it was open before Factlens was installed, reload it.</p>
            ) : null}
          </>
        ) : state.cannotMark ? (
          <>
            <p class="status">This browser cannot mark names: it lacks the CSS Custom Highlight API.</p>
            <p class="hint">Update the browser (Firefox 150 or later, Chromium 140 or later).</p>
          </>
        ) : marking === false || settings?.markingEnabled === false ? (
          <p class="status">
            {settings?.markingEnabled === false
              ? 'Nothing is marked while Factlens is paused.'
              : 'Nothing is marked on this page while Factlens is off here.'}
          </p>
        ) : state.mentions.length === 0 ? (
          <p class="status">
            {state.reading
              ? 'Still reading this page…'
              : marking && state.readAt === null
                ? 'Looking at this page…'
                : 'No people, organisations or places from Factlens on this page.'}
          </p>
        ) : (
          <ul class="mentions">
            {state.mentions.map((m) => {
              const open = selectedId(selected) === m.entityId;
              return (
                <li key={m.entityId}>
                  <button
                    type="button"
                    class="mention"
                    data-entity-id={m.entityId}
                    aria-expanded={open}
                    aria-controls="on-page-card"
                    onClick={() => {
                      reveal(state.tabId, m);
                      choose(m.entityId);
                    }}
                  >
                    <span class="mention-name">{m.name}</span>{' '}
                    <span class="mention-meta">
                      {entityTypeLabel(m.type)} · {countOf(m.count, 'mention', 'mentions')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {state.kind === 'ready' && state.reading && state.mentions.length > 0 ? (
          <p class="hint">Still reading this page: the list may grow.</p>
        ) : null}
      </div>
      <p id="on-page-jump" class="hint" role="status">
        {jump}
      </p>
      <div id="on-page-card" aria-live="polite">
        <SelectedCard selected={selected} onOpenArticle={onOpenArticle} />
      </div>
    </section>
  );
}
