// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { RelatedView } from '../../src/core/protocol';
import { buttonNamed, click, makeCard, showCard, useCardRoot } from './helpers/fact-card-dom';

const root = useCardRoot();

const related: RelatedView[] = [
  { id: 'e-zelensky', name: 'Volodymyr Zelensky', type: 'person', count: 4 },
  { id: 'e-sco', name: 'SCO', type: 'organisation', count: 1 },
];

describe('FactCard related entities and Back', () => {
  it('opens a related entity through onOpenEntity, with its count in the button name', () => {
    const onOpenEntity = vi.fn();
    showCard(root(), { card: makeCard({ related }), onOpenEntity });
    const zelensky = buttonNamed(root(), /Volodymyr Zelensky/);
    expect(zelensky.textContent).toContain('named together in 4 sentences');
    click(zelensky);
    expect(onOpenEntity).toHaveBeenCalledWith('e-zelensky');
  });

  it('lists related entities as plain text when the host cannot open them', () => {
    showCard(root(), { card: makeCard({ related }) });
    expect(root().querySelectorAll('.fl-related-item')).toHaveLength(2);
    expect(root().querySelector('.fl-related button')).toBeNull();
  });

  it('moves focus to the new card heading after a related entity is opened', () => {
    const card = makeCard({ related });
    showCard(root(), { card, onOpenEntity: () => {} });
    click(buttonNamed(root(), /SCO/));
    const sco = makeCard({ entity: { ...card.entity, id: 'e-sco', name: 'SCO' } });
    showCard(root(), { card: sco, onOpenEntity: () => {}, onBack: () => {} });
    expect(document.activeElement?.textContent).toBe('SCO');
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('shows Back only with onBack, and calls it', () => {
    showCard(root());
    expect(root().querySelector('.fl-back')).toBeNull();
    const onBack = vi.fn();
    showCard(root(), { onBack });
    click(root().querySelector('.fl-back'));
    expect(onBack).toHaveBeenCalledOnce();
  });
});

describe('FactCard timeline', () => {
  it('draws one bar per date with its count in words', () => {
    const timeline = [
      { date: '2024-07-04', count: 1 },
      { date: '2024-07-05', count: 3 },
    ];
    showCard(root(), { card: makeCard({ timeline }) });
    const bars = [...root().querySelectorAll('.fl-bar-item')];
    expect(bars.map((b) => b.textContent)).toEqual(['1 mention on 2024-07-04', '3 mentions on 2024-07-05']);
    expect(bars[1]?.getAttribute('title')).toBe('3 mentions on 2024-07-05');
    expect(root().querySelector('.fl-timeline figcaption')?.textContent).toBe(
      'Mentions by day: 4 mentions, 2024-07-04 to 2024-07-05',
    );
  });

  it('is left out without timeline data', () => {
    showCard(root());
    expect(root().querySelector('.fl-timeline')).toBeNull();
  });
});

describe('FactCard actions', () => {
  it('shows no action buttons without callbacks', () => {
    showCard(root());
    expect(root().querySelector('.fl-actions')).toBeNull();
  });

  it('shows each button only with its callback, and passes the entity id', () => {
    const onMute = vi.fn();
    showCard(root(), { onMute });
    expect(root().querySelectorAll('.fl-action')).toHaveLength(1);
    const mute = buttonNamed(root(), /^Mute/);
    expect(mute.textContent).toBe('Mute Vladimir Putin');
    click(mute);
    expect(onMute).toHaveBeenCalledWith('e-putin');

    const onOpenInPopup = vi.fn();
    const onDisableSite = vi.fn();
    showCard(root(), { onOpenInPopup, onDisableSite });
    expect(root().querySelector('.fl-mute')).toBeNull();
    click(root().querySelector('.fl-popup'));
    click(root().querySelector('.fl-site-off'));
    expect(onOpenInPopup).toHaveBeenCalledWith('e-putin');
    expect(onDisableSite).toHaveBeenCalledOnce();
  });

  it('labels each action with one short visible word that its full accessible name contains', () => {
    const noop = () => undefined;
    showCard(root(), {
      onOpenInPopup: noop,
      onTogglePin: noop,
      onMute: noop,
      onDisableSite: noop,
      onCopyCitation: noop,
    });
    const buttons = [...root().querySelectorAll<HTMLButtonElement>('.fl-action')];
    expect(buttons).toHaveLength(5);
    for (const button of buttons) {
      const copy = button.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"], .fl-vh')) hidden.remove();
      const visible = (copy.textContent ?? '').trim();
      const name = button.getAttribute('aria-label') ?? button.textContent ?? '';
      expect(visible.length, visible).toBeLessThanOrEqual(8);
      expect(name.toLowerCase()).toContain(visible.toLowerCase());
      expect(name.length).toBeGreaterThan(visible.length);
    }
  });

  it('reflects the pinned state in aria-pressed and keeps the toggle name', () => {
    const onTogglePin = vi.fn();
    showCard(root(), { onTogglePin });
    const pin = root().querySelector('.fl-pin');
    expect(pin?.getAttribute('aria-pressed')).toBe('false');
    click(pin);
    expect(onTogglePin).toHaveBeenCalledOnce();
    showCard(root(), { onTogglePin, pinned: true });
    expect(root().querySelector('.fl-pin')?.getAttribute('aria-pressed')).toBe('true');
    expect(root().querySelector('.fl-pin')?.textContent).toBe('✓ Pin card');
  });

  it('copies the shown page of facts as Markdown and says when it is done', async () => {
    const onCopyCitation = vi.fn((_markdown: string) => Promise.resolve());
    showCard(root(), { onCopyCitation });
    click(root().querySelector('.fl-more'));
    await act(async () => {
      buttonNamed(root(), /Copy citation/).click();
    });
    const markdown = onCopyCitation.mock.calls[0]?.[0] ?? '';
    expect(markdown).toContain('**Vladimir Putin** (Person): “Russian President”');
    expect(markdown).toContain('> Sentence number 4 about Vladimir Putin.');
    expect(markdown).not.toContain('Sentence number 1 ');
    expect(root().querySelector('.fl-status')?.textContent).toBe('Citation copied.');
  });

  it('says when copying failed', async () => {
    showCard(root(), { onCopyCitation: () => Promise.reject(new Error('denied')) });
    await act(async () => {
      buttonNamed(root(), /Copy citation/).click();
    });
    expect(root().querySelector('.fl-status')?.textContent).toBe('Could not copy the citation.');
  });
});
