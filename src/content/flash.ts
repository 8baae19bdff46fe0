// A short flash over one mark (the popup's "show me where"), drawn as its own highlight so the
// page is untouched and the flash can end without disturbing the marks.
import { FLASH_HIGHLIGHT_NAME } from './highlight-style';

const FLASH_MS = 1500;

export interface Flasher {
  flash(range: AbstractRange): void;
  dispose(): void;
}

export function createFlasher(): Flasher {
  const supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  const highlight = supported ? new Highlight() : null;
  if (highlight) {
    highlight.priority = 2;
    CSS.highlights.set(FLASH_HIGHLIGHT_NAME, highlight);
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    flash(range) {
      if (!highlight) return;
      if (timer !== null) clearTimeout(timer);
      highlight.clear();
      highlight.add(range);
      timer = setTimeout(() => {
        timer = null;
        highlight.clear();
      }, FLASH_MS);
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      highlight?.clear();
      if (highlight && CSS.highlights.get(FLASH_HIGHLIGHT_NAME) === highlight)
        CSS.highlights.delete(FLASH_HIGHLIGHT_NAME);
    },
  };
}
