// What the frame shows, mirrored as data-* attributes on its own root element for the e2e tests and
// the screenshot script, which read them through the browser's driver. They are inside the
// extension's frame, so no page script can read them (the card host in the page carries none).
// Boxes and button centres are in the page's viewport pixels: the frame's own position plus where
// the content script says the frame sits.

export interface Offset {
  x: number;
  y: number;
}

const root = () => document.documentElement;

function boxOf(el: Element | null, at: Offset): string {
  if (!el) return '';
  const r = el.getBoundingClientRect();
  return [r.left + at.x, r.top + at.y, r.width, r.height].map((n) => Math.round(n)).join(',');
}

export function mirrorSet(values: Record<string, string>): void {
  Object.assign(root().dataset, values);
}

export function mirrorClear(keys: readonly string[]): void {
  for (const key of keys) delete root().dataset[key];
}

/** After a render: the header's lines (name, why marked, other names) and the scroller's colour scheme. */
export function mirrorContent(panel: HTMLElement): void {
  const scroller = panel.firstElementChild;
  mirrorSet({
    header: [...panel.querySelectorAll('.fl-name, .fl-why, .fl-aliases')]
      .map((el) => (el.textContent ?? '').trim())
      .join('\n'),
    colorScheme: scroller ? getComputedStyle(scroller).colorScheme : '',
  });
}

/** The boxes of the card, its first fact and its actions, and each button's centre by control name. */
export function mirrorLayout(panel: HTMLElement, at: Offset, nameOf: (el: Element) => string): void {
  const centres: Record<string, [number, number]> = {};
  for (const el of panel.querySelectorAll('.fl-action, .fl-toast-close')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0)
      centres[nameOf(el)] = [
        Math.round(r.left + r.width / 2 + at.x),
        Math.round(r.top + r.height / 2 + at.y),
      ];
  }
  mirrorSet({
    cardBox: boxOf(panel.firstElementChild, at),
    factBox: boxOf(panel.querySelector('.fl-fact'), at),
    actionsBox: boxOf(panel.querySelector('.fl-actions-wrap'), at),
    controls: JSON.stringify(centres),
  });
}

/** The focused control's class (fl-pin → "pin"), or its tag name. */
export function controlName(target: EventTarget | null): string {
  if (!(target instanceof Element)) return '';
  const name = [...target.classList].find((c) => c.startsWith('fl-') && c !== 'fl-action' && c !== 'fl-chip');
  return name ? name.slice(3) : target.tagName.toLowerCase();
}
