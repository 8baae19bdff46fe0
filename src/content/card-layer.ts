// The card's host element: a plain <div> (a custom element name could be defined by the page first,
// and then the page's constructor would run on it), in the top layer as a manual popover so page
// content cannot cover it, re-raised whenever the page puts something of its own up there. Its
// closed shadow root holds the card's frames. It carries no data about any card: only a marker,
// so a new content script can remove the host an old one left behind (card-orphans.ts).
import { CARD_HOST_MARKER } from './card-orphans';
import { setOwnHost } from './dom-rules';

// !important: on the host element itself the page's rules would otherwise beat :host rules.
const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  background: transparent !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
}
/* A frame not showing is transparent, not hidden, and 1 px at least: browsers throttle the rendering
   of hidden or empty frames (Firefox then took 30 ms more to show a card), and it is inert instead. */
iframe {
  position: fixed; top: 0; left: 0; width: 1px; height: 1px; margin: 0; padding: 0; border: 0;
  background: transparent; color-scheme: normal; opacity: 0; pointer-events: none;
  filter: drop-shadow(0 6px 14px rgb(0 0 0 / 0.18));
}
iframe.fl-shown { opacity: 1; pointer-events: auto; }
`;

/**
 * Shows or hides one of the layer's frames. A frame not showing is inert: out of the tab order and of
 * what assistive technology reads, as a hidden one would be.
 */
export function setShown(frame: HTMLIFrameElement, shown: boolean): void {
  frame.classList.toggle('fl-shown', shown);
  frame.inert = !shown;
}

export class CardLayer {
  private readonly host: HTMLDivElement;
  private readonly shadow: ShadowRoot;
  private readonly zoomStyle = document.createElement('style');
  private readonly abort = new AbortController();

  /** `onRemoved`: the page took the host out of the document (the frames in it are gone). */
  constructor(onRemoved: () => void) {
    const host = document.createElement('div');
    host.setAttribute(CARD_HOST_MARKER, '');
    host.setAttribute('popover', 'manual');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = HOST_CSS;
    shadow.append(style, this.zoomStyle);
    setOwnHost(host);
    document.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    // A page popover or modal dialog that opens goes above the card: the card goes back on top.
    document.addEventListener(
      'toggle',
      (e) => {
        if (e.target !== host && (e as ToggleEvent).newState === 'open') this.raise(true);
      },
      { capture: true, signal: this.abort.signal },
    );
    // Removing the host unloads the frames: the card the reader had (pinned, say) is gone, and
    // whoever keeps it open must know, or no other card would open until Escape.
    const watch = new MutationObserver(() => {
      if (host.isConnected) return;
      watch.disconnect();
      onRemoved();
    });
    watch.observe(document.documentElement, { childList: true });
    this.abort.signal.addEventListener('abort', () => watch.disconnect());
    this.raise();
  }

  get connected(): boolean {
    return this.host.isConnected;
  }

  isHost(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  add(frame: HTMLIFrameElement): void {
    setShown(frame, false);
    this.shadow.append(frame);
  }

  /** Whether keyboard focus is in that frame. */
  focused(frame: HTMLIFrameElement): boolean {
    return document.activeElement === this.host && this.shadow.activeElement === frame;
  }

  /** Puts the host at the top of the top layer (again, with `again`: something went above it). */
  raise(again = false): void {
    const host = this.host;
    if (!host.isConnected) return;
    try {
      if (host.matches(':popover-open')) {
        if (!again) return;
        host.hidePopover();
      }
      host.showPopover();
    } catch {
      // A browser without popovers, or the host being moved: the z-index still stands.
    }
  }

  /**
   * Cancels a CSS zoom the page sets on the root (`html { zoom: 1.5 }`): the frame and every
   * rectangle Floating UI reads are then in the same viewport pixels.
   */
  neutraliseZoom(): void {
    const zoom = this.host.parentElement?.currentCSSZoom;
    const cancel = typeof zoom === 'number' && zoom > 0 && zoom !== 1 ? 1 / zoom : 1;
    this.zoomStyle.textContent = cancel === 1 ? '' : `:host { zoom: ${cancel} !important; }`;
  }

  dispose(): void {
    this.abort.abort();
    this.host.remove();
    setOwnHost(null);
  }
}
