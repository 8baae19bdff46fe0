// The card's frame page: an extension page the content script puts in an iframe over the page.
// Page scripts cannot read or script a cross-origin frame, so the card's text, buttons and mark
// of authenticity are out of their reach; the content script only positions the frame. It talks to
// its content script over a runtime port named after the token in this page's URL fragment.
import { render } from 'preact';
import type { CardRender, FromFrame, ToastRender, ToFrame } from '../core/card-frame-protocol';
import type { CardMark } from '../core/card-mark';
import { loadCardMark } from '../platform/card-mark-storage';
import { CardMarkBadge } from '../ui/CardMarkBadge';
import { CARD_CSS } from '../ui/card-styles';
import { FactCard } from '../ui/FactCard';
import { UndoToast } from '../ui/UndoToast';
import { FRAME_CSS } from './frame-css';
import {
  controlName,
  mirrorClear,
  mirrorContent,
  mirrorLayout,
  mirrorSet,
  type Offset,
} from './frame-mirror';
import { acceptPort } from './frame-port';
import { warmUp } from './warm-up';

const MAX_FACTS = 2;
const HEADING_ID = 'factlens-card-heading';
const CARD_KEYS = ['entityId', 'header', 'colorScheme', 'cardBox', 'factBox', 'actionsBox', 'theme'] as const;

const [role = '', token = ''] = location.hash.slice(1).split('.');
const isToast = role === 'toast';

const style = document.createElement('style');
style.textContent = CARD_CSS + FRAME_CSS;
document.head.append(style);
const panel = document.createElement('div');
panel.className = 'fl-pos';
if (isToast) panel.setAttribute('role', 'status');
else {
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', HEADING_ID);
}
document.body.append(panel);

let post: (message: FromFrame) => void = () => undefined;
let mark: CardMark | null = null;
let lastCard: CardRender | null = null;
let at: Offset = { x: 0, y: 0 };
let shown = false;
let opens = 0;
let pendingFocus: string | null = null;
let sent = '';

mirrorSet(isToast ? { toast: 'false', focus: '' } : { open: 'false', opens: '0', focus: '' });

/** The content's natural size: the frame is as big as the iframe, the card may want more or less. */
function reportSize(): void {
  const content = panel.firstElementChild;
  if (!(content instanceof HTMLElement)) return;
  const width = Math.ceil(content.getBoundingClientRect().width);
  const height = Math.ceil(content.scrollHeight + content.offsetHeight - content.clientHeight);
  const size = `${width}x${height}`;
  if (size === sent) return;
  sent = size;
  post({ kind: 'size', width, height });
}

const sizes = new ResizeObserver(() => {
  reportSize();
  if (shown) mirrorLayout(panel, at, controlName);
});

function observeContent(): void {
  sizes.disconnect();
  const content = panel.firstElementChild;
  if (!content) return;
  sizes.observe(content);
  for (const child of content.children) sizes.observe(child);
}

const onUndo = () => post({ kind: 'undo' });
const onToastClose = (reason: 'timeout' | 'dismiss') => post({ kind: 'toastClose', reason });
const on = <A extends unknown[]>(present: boolean, fn: (...args: A) => void) => (present ? fn : undefined);

function renderCard(view: CardRender): void {
  lastCard = view;
  const { buttons } = view;
  panel.style.maxWidth = `${view.maxWidth}px`;
  render(
    <FactCard
      card={view.card}
      matchedAlias={view.matchedAlias}
      pageDate={view.pageDate}
      theme={view.theme}
      pinned={view.pinned}
      maxFacts={MAX_FACTS}
      headingId={HEADING_ID}
      badge={mark ? <CardMarkBadge mark={mark} dark={isDark(view.theme)} /> : null}
      onOpenArticle={(fact) => post({ kind: 'action', action: 'openArticle', fact })}
      onOpenEntity={on(buttons.related, (entityId: string) =>
        post({ kind: 'action', action: 'openEntity', entityId }),
      )}
      onBack={on(buttons.back, () => post({ kind: 'action', action: 'back' }))}
      onTogglePin={on(buttons.pin, () => post({ kind: 'action', action: 'pin' }))}
      onMute={on(buttons.mute, (entityId: string) => post({ kind: 'action', action: 'mute', entityId }))}
      onDisableSite={on(buttons.siteOff, () => post({ kind: 'action', action: 'siteOff' }))}
      onOpenInPopup={on(buttons.popup, (entityId: string) =>
        post({ kind: 'action', action: 'popup', entityId }),
      )}
      // The click was in this frame: its user activation allows the clipboard write here.
      onCopyCitation={
        buttons.copy ? (markdown: string) => navigator.clipboard.writeText(markdown) : undefined
      }
    />,
    panel,
  );
  const facts = view.card.facts.slice(0, MAX_FACTS);
  mirrorSet({
    entityId: view.card.entity.id,
    factDates: facts.map((f) => f.date).join(','),
    factCount: String(facts.length),
    pinned: String(view.pinned),
    canGoBack: String(view.canGoBack),
    theme: view.theme ?? '',
  });
  mirrorContent(panel);
  afterRender();
}

function renderToast(view: ToastRender): void {
  render(
    <UndoToast
      message={view.message}
      error={view.error}
      theme={view.theme}
      takeFocus={view.takeFocus}
      onUndo={onUndo}
      onClose={onToastClose}
    />,
    panel,
  );
  mirrorSet({ toast: 'true' });
  afterRender();
}

function afterRender(): void {
  observeContent();
  reportSize();
  if (pendingFocus !== null) focusControl(pendingFocus);
}

function isDark(theme: CardRender['theme']): boolean {
  return theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

function clear(): void {
  render(null, panel);
  sizes.disconnect();
  sent = '';
  shown = false;
  lastCard = null;
  pendingFocus = null;
  if (isToast) mirrorSet({ toast: 'false' });
  else {
    mirrorSet({ open: 'false', factDates: '', factCount: '0', pinned: 'false', canGoBack: 'false' });
    mirrorClear(CARD_KEYS);
  }
}

function focusControl(control: string): void {
  const target =
    (control ? panel.querySelector<HTMLElement>(`.fl-${control}`) : null) ??
    panel.querySelector<HTMLElement>(`#${HEADING_ID}`);
  if (!target) {
    pendingFocus = control;
    return;
  }
  pendingFocus = null;
  target.focus();
}

function receive(message: ToFrame): void {
  switch (message.kind) {
    case 'card':
      renderCard(message.render);
      return;
    case 'toast':
      renderToast(message.render);
      return;
    case 'clear':
      clear();
      return;
    case 'focus':
      focusControl(message.control ?? '');
      return;
    case 'place':
      at = { x: message.x, y: message.y };
      if (!panel.firstElementChild) return;
      if (!isToast && !shown) {
        mirrorSet({ open: 'true', opens: String(++opens) });
        // When the first frame with the card in it is painted, on the clock pages share (bench:browser).
        requestAnimationFrame(() =>
          mirrorSet({ openedAt: String(performance.timeOrigin + performance.now()) }),
        );
      }
      shown = true;
      mirrorLayout(panel, at, controlName);
      return;
  }
}

// The page's own key listeners never see keys pressed in here: Escape is passed on as a request.
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !isToast && !e.defaultPrevented) post({ kind: 'escape' });
});
if (!isToast) {
  document.documentElement.addEventListener('pointerenter', (e) => {
    if (e.isTrusted) post({ kind: 'pointer', inside: true });
  });
  document.documentElement.addEventListener('pointerleave', (e) => {
    if (e.isTrusted) post({ kind: 'pointer', inside: false });
  });
}
document.addEventListener('focusin', (e) => mirrorSet({ focus: controlName(e.target) }));
document.addEventListener('focusout', () => mirrorSet({ focus: '' }));

acceptPort(token, (send) => {
  post = send;
  return receive;
});

// After the first paint, unless a card came first: it then had the cold start this spares the next.
if (!isToast)
  setTimeout(() => {
    if (!lastCard) warmUp(panel.className, MAX_FACTS);
  }, 0);

// Drawn in every card; a card already shown gets it as soon as it is read.
loadCardMark().then(
  (loaded) => {
    mark = loaded;
    if (lastCard) renderCard(lastCard);
  },
  () => undefined,
);
