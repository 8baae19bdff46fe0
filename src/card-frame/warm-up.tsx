// A card drawn once, out of sight, as soon as the frame has loaded: the first real card is then drawn
// at the speed of every later one. The first render of a fresh frame (compiling the card's code, the
// first style pass over its rules) took 17-27 ms in Firefox against 5 ms after, and the frame is made
// while the reader's pointer is still on its way to the mark, so this runs before any card is asked for.
import { render } from 'preact';
import type { EntityCard } from '../core/protocol';
import { FactCard } from '../ui/FactCard';

const SAMPLE: EntityCard = {
  entity: {
    id: 'warm-up',
    name: 'Sample Name',
    type: 'person',
    aliases: ['Sample Name', 'Name'],
    description: 'A name drawn once to ready the card',
  },
  facts: [1, 2].map((n) => ({
    id: `f${n}`,
    text: 'A sentence as long as the facts on a card usually are, quoted from its article.',
    date: `2024-01-0${n}`,
    articleId: `a${n}`,
    articleTitle: 'An article title',
    source: 'A source',
  })),
  related: [{ id: 'other', name: 'Other Name', type: 'organisation', count: 1 }],
};

/** Draws a sample card in a box of the panel's class off screen, lays it out, and removes it. */
export function warmUp(panelClass: string, maxFacts: number): void {
  const box = document.createElement('div');
  box.className = panelClass;
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:absolute;left:-10000px;top:0;visibility:hidden';
  document.body.append(box);
  const none = () => undefined;
  render(
    <FactCard
      card={SAMPLE}
      maxFacts={maxFacts}
      onOpenArticle={none}
      onOpenEntity={none}
      onTogglePin={none}
      onMute={none}
      onDisableSite={none}
      onOpenInPopup={none}
      onCopyCitation={none}
    />,
    box,
  );
  box.getBoundingClientRect();
  render(null, box);
  box.remove();
}
