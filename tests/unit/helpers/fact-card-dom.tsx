// Renders FactCard into a happy-dom container for the card's component tests, with the fixtures
// and queries they share. Callers set `// @vitest-environment happy-dom`.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import type { EntityCard, FactView } from '../../../src/core/protocol';
import { FactCard, type FactCardProps } from '../../../src/ui/FactCard';

export function fact(n: number, over: Partial<FactView> = {}): FactView {
  return {
    id: `f${n}`,
    text: `Sentence number ${n} about Vladimir Putin.`,
    date: `2024-07-0${Math.min(9, n)}`,
    articleId: `a${n}`,
    articleTitle: `Article ${n}`,
    source: 'Novinite',
    ...over,
  };
}

export function makeCard(
  over: Partial<EntityCard> = {},
  facts = [1, 2, 3, 4, 5, 6, 7].map((n) => fact(n)),
): EntityCard {
  return {
    entity: {
      id: 'e-putin',
      name: 'Vladimir Putin',
      type: 'person',
      aliases: ['Vladimir Putin', 'Putin'],
      description: 'Russian President',
    },
    facts,
    ...over,
  };
}

/** A fresh container per test, unmounted afterwards so effects and ids do not leak between tests. */
export function useCardRoot(): () => HTMLElement {
  let root: HTMLElement | null = null;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    const done = root;
    if (done) act(() => render(null, done));
    done?.remove();
    root = null;
  });
  return () => {
    if (!root) throw new Error('card root used outside a test');
    return root;
  };
}

/** Renders (or re-renders) the card with the fixture entity unless `card` is given. */
export function showCard(root: HTMLElement, props: Partial<FactCardProps> = {}): HTMLElement {
  act(() => render(<FactCard card={makeCard()} onOpenArticle={() => {}} {...props} />, root));
  const card = root.querySelector<HTMLElement>('.fl-card');
  if (!card) throw new Error('no card rendered');
  return card;
}

export function buttonNamed(root: HTMLElement, name: RegExp): HTMLButtonElement {
  // The accessible name: aria-label when the button has one, else its text.
  const found = [...root.querySelectorAll('button')].find((b) =>
    name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

export function click(el: Element | null): void {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  act(() => el.click());
}

export function factIds(root: HTMLElement): (string | null)[] {
  return [...root.querySelectorAll('li.fl-fact')].map((li) => li.getAttribute('data-fact-id'));
}
