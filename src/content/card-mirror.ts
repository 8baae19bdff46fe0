// What the card shows, mirrored on its host element as data-* attributes. The card is in a closed
// shadow root, so this is the only way anything outside (the e2e tests, a screenshot script) can
// read what the reader sees: the header's lines, the colour scheme, and where things sit.

/** "x,y,width,height" in viewport pixels, rounded. */
function boxOf(el: Element | null): string {
  if (!el) return '';
  const r = el.getBoundingClientRect();
  return [r.left, r.top, r.width, r.height].map((n) => Math.round(n)).join(',');
}

/** After a render: the header's lines (name, why marked, other names) and the scroller's colour scheme. */
export function mirrorContent(host: HTMLElement, panel: HTMLElement): void {
  host.dataset.header = [...panel.querySelectorAll('.fl-name, .fl-why, .fl-aliases')]
    .map((el) => (el.textContent ?? '').trim())
    .join('\n');
  const scroller = panel.firstElementChild;
  host.dataset.colorScheme = scroller ? getComputedStyle(scroller).colorScheme : '';
}

/** After a placement: the boxes of the card, its first fact and its actions. */
export function mirrorLayout(host: HTMLElement, panel: HTMLElement): void {
  host.dataset.cardBox = boxOf(panel.firstElementChild);
  host.dataset.factBox = boxOf(panel.querySelector('.fl-fact'));
  host.dataset.actionsBox = boxOf(panel.querySelector('.fl-actions-wrap'));
}

/**
 * Each button's centre (the card's and the Undo toast's), by control name: drivers click with the
 * real pointer, and a closed root hides the buttons themselves.
 */
export function mirrorControls(
  host: HTMLElement,
  root: ParentNode,
  nameOf: (el: HTMLElement) => string,
): void {
  const centres: Record<string, [number, number]> = {};
  for (const el of root.querySelectorAll<HTMLElement>('.fl-action, .fl-toast-close')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0)
      centres[nameOf(el)] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
  }
  host.dataset.controls = JSON.stringify(centres);
}

/** When the card closes: nothing shown, nothing to report. */
export function clearMirror(host: HTMLElement): void {
  for (const key of ['header', 'colorScheme', 'cardBox', 'factBox', 'actionsBox', 'theme'])
    delete host.dataset[key];
}
