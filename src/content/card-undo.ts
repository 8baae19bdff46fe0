// The card's Mute and "Off on this site" with their Undo. This outlives a marking (turning the site
// off ends it; Undo starts a new one), so it belongs to the content script, not to one marking.
// The worker keeps what each action changed; Undo here only asks it to revert, then reopens the
// card where it was, with focus where it was.
import { askWorker } from '../platform/messaging';
import type { ActionOrigin, CardActionHandler } from './card-session';
import type { CardView } from './card-view';

/** How long Undo waits for the marks to come back before giving focus back to the page instead. */
const REOPEN_TIMEOUT_MS = 5000;
const REOPEN_POLL_MS = 50;

type ActionKind = 'mute' | 'site-off';

export interface CardUndoDeps {
  view: CardView;
  /** Reopens the card of the mark that starts at the origin, if it is marked (again); false if not yet. */
  reopen(origin: ActionOrigin, focusControl: string | null): boolean;
  theme(): 'light' | 'dark' | undefined;
  hostname: string;
  onError(error: unknown): void;
  signal: AbortSignal;
}

const CONTROL: Record<ActionKind, string> = { mute: 'mute', 'site-off': 'site-off' };

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}

export function createCardUndo(deps: CardUndoDeps): CardActionHandler {
  const { view, signal } = deps;
  // Each action replaces the toast of the one before; an older toast's callbacks then do nothing.
  let current = 0;

  const giveFocusBack = (origin: ActionOrigin) => {
    const back = origin.returnFocus;
    if (back?.isConnected && back !== document.body) back.focus({ preventScroll: true });
  };

  const close = (token: number, origin: ActionOrigin) => {
    if (token !== current) return;
    const hadFocus = view.toastHasFocus();
    view.hideToast();
    if (hadFocus) giveFocusBack(origin);
  };

  const reopen = async (token: number, origin: ActionOrigin, control: string | null) => {
    // A card drawn for a child frame's mark stands on the frame element: there is no text here to reopen.
    if (!(origin.node instanceof Text)) return false;
    const deadline = performance.now() + REOPEN_TIMEOUT_MS;
    // The marks come back after the settings change reaches this page and the text is read again.
    while (!signal.aborted && token === current) {
      if (deps.reopen(origin, control)) return true;
      if (performance.now() > deadline) return false;
      await wait(REOPEN_POLL_MS, signal);
    }
    return false;
  };

  const act = (kind: ActionKind, origin: ActionOrigin, request: () => Promise<unknown>) => {
    const token = ++current;
    const message = kind === 'mute' ? `${origin.entityName} muted.` : `Factlens is off on ${deps.hostname}.`;
    const show = (error?: string) =>
      view.showToast({
        message,
        error,
        theme: deps.theme(),
        // Focus was on the button that just went away with the card: the toast takes it.
        takeFocus: origin.focusInCard || view.toastHasFocus(),
        onUndo: () => void undo(),
        onClose: () => close(token, origin),
      });
    const done = request();
    const undo = async () => {
      if (token !== current) return;
      const focusInToast = view.toastHasFocus();
      try {
        // The action is recorded by the worker before it answers: undo only after that.
        await done;
        const { undone } = await askWorker('undoCardAction', {});
        if (!undone) {
          show('Nothing to undo any more.');
          return;
        }
      } catch (error) {
        deps.onError(error);
        show('Could not undo.');
        return;
      }
      const reopened = await reopen(token, origin, focusInToast ? CONTROL[kind] : null);
      if (token !== current) return;
      // The toast stays until the card is back, so focus is never left on the page's body meanwhile.
      view.hideToast();
      current++;
      if (!reopened && focusInToast) giveFocusBack(origin);
    };
    show();
    done.catch((error: unknown) => {
      deps.onError(error);
      if (token === current) show(kind === 'mute' ? 'Could not mute.' : 'Could not turn Factlens off here.');
    });
  };

  return {
    mute: (origin) => act('mute', origin, () => askWorker('muteEntity', { entityId: origin.entityId })),
    disableSite: (origin) => act('site-off', origin, () => askWorker('disableSiteForTab', {})),
  };
}
