// The fact card's place on the page: one host element with a closed shadow root, so page styles
// and scripts cannot reach the card and the card's styles cannot leak into the page.

import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { render } from 'preact';
import type { FactView } from '../core/protocol';
import { CARD_CSS } from '../ui/card-styles';
import { FactCard } from '../ui/FactCard';
import { UndoToast, type UndoToastProps } from '../ui/UndoToast';
import { clearMirror, mirrorContent, mirrorControls, mirrorLayout } from './card-mirror';
import type { CardContent, CardView } from './card-view';
import { liveRange } from './caret';
import { setOwnHost } from './dom-rules';
import type { Mark } from './highlighter';

const MAX_FACTS = 2;
/** A card taller than this covers too much of what the reader is reading; the rest scrolls inside it. */
const MAX_CARD_HEIGHT = 460;
const HEADING_ID = 'factlens-card-heading';

// !important: on the host element itself the page's rules would otherwise beat :host rules.
const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
}
.fl-pos { position: fixed; top: 0; left: 0; width: max-content; max-width: min(360px, calc(100vw - 16px)); display: flex; flex-direction: column; }
/* The card itself scrolls, so its own background and border frame what is clipped. */
.fl-pos > * { min-height: 0; max-height: inherit; overflow: auto; overscroll-behavior: contain; box-sizing: border-box; }
.fl-pos[hidden] { display: none; }
.fl-toast-pos { position: fixed; top: 0; left: 0; width: max-content; max-width: min(360px, calc(100vw - 16px)); }
/* Facts come first; the actions, one compact row after them, stay in view at the bottom of a card
   that scrolls (a zoomed page, a short window), over the card's bottom padding. */
.fl-pos .fl-actions-wrap { position: sticky; bottom: -12px; z-index: 1; padding-bottom: 12px; background: var(--fl-bg); }
`;

const EMPTY_RECT = new DOMRect(0, 0, 0, 0);

/** Floating UI reference for a mark: geometry is read fresh each time, the page may reflow. */
function referenceFor(mark: Mark): VirtualElement {
  return {
    getBoundingClientRect: () => liveRange(mark.range)?.getBoundingClientRect() ?? EMPTY_RECT,
    getClientRects: () => liveRange(mark.range)?.getClientRects() ?? [],
    contextElement: mark.range.startContainer.parentElement ?? undefined,
  };
}

/** Floating UI reference for a box given from outside (a child frame's mark, seen from the top frame). */
function anchoredAt(rect: () => DOMRect, context: Node): VirtualElement {
  return {
    getBoundingClientRect: rect,
    getClientRects: () => [rect()],
    // Scrolling the frame element's ancestors moves the box: Floating UI listens to them.
    ...(context instanceof Element ? { contextElement: context } : {}),
  };
}

/**
 * The CSS zoom the host inherits from the root element (`html { zoom: 1.5 }`): lengths set on the
 * card are multiplied by it, while every rectangle the placement reads is in viewport pixels.
 */
function zoomOf(el: Element): number {
  const zoom = el.currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

/** The focused control's class (fl-pin → "pin"), mirrored on the host for tests outside the closed root. */
function controlName(target: EventTarget | null): string {
  if (!(target instanceof HTMLElement)) return '';
  const name = [...target.classList].find((c) => c.startsWith('fl-') && c !== 'fl-action' && c !== 'fl-chip');
  return name ? name.slice(3) : target.tagName.toLowerCase();
}

export class CardHost implements CardView {
  private host: HTMLElement | null = null;
  private panel: HTMLDivElement | null = null;
  private shadow: ShadowRoot | null = null;
  /** A polite live region that exists before any toast, so screen readers announce what appears in it. */
  private toastRegion: HTMLDivElement | null = null;
  private stopTracking: (() => void) | null = null;
  private shown: Mark | null = null;

  constructor(private readonly onOpenArticle: (fact: FactView) => void) {}

  get current(): Mark | null {
    return this.shown;
  }

  isHost(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  show(mark: Mark, { card, props, canGoBack, anchor }: CardContent): void {
    const { host, panel } = this.ensureHost();
    render(
      <FactCard
        {...props}
        card={card}
        onOpenArticle={this.onOpenArticle}
        maxFacts={MAX_FACTS}
        headingId={HEADING_ID}
      />,
      panel,
    );
    panel.hidden = false;
    const shownFacts = card.facts.slice(0, MAX_FACTS);
    host.dataset.open = 'true';
    host.dataset.entityId = card.entity.id;
    host.dataset.factDates = shownFacts.map((f) => f.date).join(',');
    host.dataset.factCount = String(shownFacts.length);
    host.dataset.pinned = String(props.pinned === true);
    host.dataset.canGoBack = String(canGoBack);
    host.dataset.theme = props.theme ?? '';
    mirrorContent(host, panel);
    // Another entity in the same card (related, Back) keeps its place: only a new mark moves it.
    if (this.shown === mark && this.stopTracking) return;
    this.stopTracking?.();
    this.shown = mark;
    const reference = anchor ? anchoredAt(anchor, mark.range.startContainer) : referenceFor(mark);
    const place = () => {
      computePosition(reference, panel, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // A long card scrolls inside itself instead of running off the screen.
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              const height = Math.max(160, Math.min(MAX_CARD_HEIGHT, Math.floor(availableHeight)));
              elements.floating.style.maxHeight = `${height / zoomOf(host)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        // Geometry comes in viewport pixels; the host's own pixels are scaled by the page's root zoom.
        const zoom = zoomOf(host);
        panel.style.transform = `translate(${Math.round(x) / zoom}px, ${Math.round(y) / zoom}px)`;
        this.mirrorControls();
        mirrorLayout(host, panel);
      });
    };
    this.stopTracking = autoUpdate(reference, panel, place);
  }

  prepare(): void {
    // Bundled with the content script: nothing to load.
  }

  focus(control?: string): boolean {
    const selector = control ? `.fl-${control}` : `#${HEADING_ID}`;
    const target =
      this.panel?.querySelector<HTMLElement>(selector) ??
      this.panel?.querySelector<HTMLElement>(`#${HEADING_ID}`);
    if (!this.shown || !target) return false;
    target.focus();
    return true;
  }

  hasFocus(): boolean {
    return this.focusIn(this.panel);
  }

  showToast(toast: UndoToastProps): void {
    const { host, panel } = this.ensureHost();
    const region = this.toastRegion;
    if (!region) return;
    // Where the card was: the reader's eyes (and pointer) are there.
    region.style.transform = panel.style.transform;
    render(<UndoToast {...toast} />, region);
    host.dataset.toast = 'true';
    this.mirrorControls();
  }

  hideToast(): void {
    if (!this.toastRegion || !this.host) return;
    render(null, this.toastRegion);
    this.host.dataset.toast = 'false';
  }

  toastHasFocus(): boolean {
    return this.focusIn(this.toastRegion);
  }

  /**
   * Where each button's centre and the card's box are, mirrored on the host like the rest of the
   * state: a closed root hides them from test drivers, which still click with the pointer and check
   * what is in the viewport.
   */
  private mirrorControls(): void {
    if (this.host && this.shadow) mirrorControls(this.host, this.shadow, controlName);
  }

  private focusIn(part: HTMLElement | null): boolean {
    if (!this.host || document.activeElement !== this.host) return false;
    const inner = this.shadow?.activeElement ?? null;
    return part !== null && inner !== null && part.contains(inner);
  }

  hide(): void {
    this.stopTracking?.();
    this.stopTracking = null;
    this.shown = null;
    if (!this.host || !this.panel) return;
    render(null, this.panel);
    this.panel.hidden = true;
    this.host.dataset.open = 'false';
    delete this.host.dataset.entityId;
    this.host.dataset.factDates = '';
    this.host.dataset.factCount = '0';
    this.host.dataset.pinned = 'false';
    this.host.dataset.canGoBack = 'false';
    // Focus may have moved on to the Undo toast, which stays.
    if (!this.toastHasFocus()) this.host.dataset.focus = '';
    clearMirror(this.host);
  }

  dispose(): void {
    this.hide();
    this.hideToast();
    this.host?.remove();
    this.host = null;
    this.panel = null;
    this.shadow = null;
    this.toastRegion = null;
    setOwnHost(null);
  }

  /** Created on first use, so pages where no card is opened keep their DOM exactly as built. */
  private ensureHost(): { host: HTMLElement; panel: HTMLDivElement } {
    if (this.host?.isConnected && this.panel) return { host: this.host, panel: this.panel };
    const host = document.createElement('factlens-card-host');
    host.setAttribute('data-factlens-host', '');
    host.dataset.open = 'false';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = HOST_CSS + CARD_CSS;
    const panel = document.createElement('div');
    panel.className = 'fl-pos';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-labelledby', HEADING_ID);
    const toastRegion = document.createElement('div');
    toastRegion.className = 'fl-toast-pos';
    toastRegion.setAttribute('role', 'status');
    shadow.append(style, panel, toastRegion);
    // Removed with the host element itself in dispose().
    shadow.addEventListener('focusin', (e) => {
      host.dataset.focus = controlName(e.target);
    });
    shadow.addEventListener('focusout', () => {
      host.dataset.focus = '';
    });
    setOwnHost(host);
    document.documentElement.append(host);
    host.dataset.toast = 'false';
    this.host = host;
    this.panel = panel;
    this.shadow = shadow;
    this.toastRegion = toastRegion;
    return { host, panel };
  }
}
