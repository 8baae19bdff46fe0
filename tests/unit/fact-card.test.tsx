// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buttonNamed, click, fact, factIds, makeCard, showCard, useCardRoot } from './helpers/fact-card-dom';

const root = useCardRoot();

describe('FactCard content', () => {
  it('renders name, type, description, aliases and a region labelled by its heading', () => {
    const card = showCard(root(), { headingId: 'h1' });
    expect(card.dataset.entityId).toBe('e-putin');
    expect(card.tagName).toBe('SECTION');
    expect(card.getAttribute('aria-labelledby')).toBe('h1');
    expect(root().querySelector('#h1')?.textContent).toBe('Vladimir Putin');
    expect(root().querySelector('.fl-type')?.textContent).toBe('Person');
    expect(root().querySelector('.fl-desc')?.textContent).toBe('Russian President');
    expect(root().querySelector('.fl-aliases')?.textContent).toBe('also: Putin');
  });

  it('shows each fact with quote, title, date and source, and opens its article', () => {
    const onOpenArticle = vi.fn();
    showCard(root(), { onOpenArticle });
    const first = root().querySelector('li.fl-fact[data-fact-id="f1"]');
    expect(first?.querySelector('.fl-quote')?.textContent).toBe('Sentence number 1 about Vladimir Putin.');
    expect(first?.querySelector('.fl-title')?.textContent).toBe('Article 1');
    expect(first?.querySelector('time.fl-date')?.getAttribute('datetime')).toBe('2024-07-01');
    expect(first?.querySelector('.fl-source')?.textContent).toBe('Novinite');
    click(first?.querySelector('button.fl-open') ?? null);
    expect(onOpenArticle).toHaveBeenCalledWith(expect.objectContaining({ id: 'f1' }));
  });

  it("links a fact to its article's original in a new tab, and never to a non-web address", () => {
    const card = makeCard({}, [
      fact(1, { articleUrl: 'https://news.example/putin' }),
      fact(2, { articleUrl: 'javascript:alert(1)' }),
      fact(3),
    ]);
    showCard(root(), { card });
    const link = root().querySelector<HTMLAnchorElement>('li[data-fact-id="f1"] a.fl-original');
    expect(link?.getAttribute('href')).toBe('https://news.example/putin');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toBe('Original at news.example (opens in a new tab)');
    expect(root().querySelectorAll('a.fl-original')).toHaveLength(1);
  });

  it('says why the text is marked only when the host knows the alias', () => {
    showCard(root());
    expect(root().querySelector('.fl-why')).toBeNull();
    showCard(root(), { matchedAlias: 'Putin' });
    expect(root().querySelector('.fl-why')?.textContent).toBe('Marked: “Putin”');
  });

  it('never says a name twice in the header', () => {
    // Marked by its full name: the heading already says it.
    showCard(root(), { matchedAlias: 'Vladimir Putin' });
    expect(root().querySelector('.fl-why')).toBeNull();
    expect(root().querySelector('.fl-aliases')?.textContent).toBe('also: Putin');
    // Marked by the short name: said once, as the reason, and not listed again.
    showCard(root(), { matchedAlias: 'putin' });
    expect(root().querySelector('.fl-why')?.textContent).toBe('Marked: “putin”');
    expect(root().querySelector('.fl-aliases')).toBeNull();
  });

  it('says so when there are no facts', () => {
    showCard(root(), { card: makeCard({}, []) });
    expect(root().querySelector('.fl-empty')?.textContent).toMatch(/No quoted facts/);
    expect(root().querySelector('.fl-more')).toBeNull();
  });

  it('forces a theme only when asked', () => {
    expect(showCard(root()).hasAttribute('data-theme')).toBe(false);
    expect(showCard(root(), { theme: 'dark' }).dataset.theme).toBe('dark');
  });
});

describe('FactCard paging', () => {
  it('pages through the facts and moves focus to the first fact of the new page', () => {
    showCard(root(), { maxFacts: 3 });
    expect(factIds(root())).toEqual(['f1', 'f2', 'f3']);
    expect(root().querySelector('.fl-prev')).toBeNull();
    expect(root().querySelector('.fl-page-status')?.textContent).toBe('Facts 1–3 of 7');
    click(root().querySelector('.fl-more'));
    expect(factIds(root())).toEqual(['f4', 'f5', 'f6']);
    expect(document.activeElement?.getAttribute('data-fact-id')).toBe('f4');
    click(root().querySelector('.fl-more'));
    expect(factIds(root())).toEqual(['f7']);
    expect(root().querySelector('.fl-more')).toBeNull();
    click(buttonNamed(root(), /Previous facts/));
    expect(factIds(root())).toEqual(['f4', 'f5', 'f6']);
  });

  it('labels the next control with how many facts it brings, and has none when all fit', () => {
    showCard(root(), { maxFacts: 5 });
    expect(root().querySelector('.fl-more')?.textContent).toBe('Next 2 facts');
    showCard(root(), { maxFacts: 10 });
    expect(root().querySelector('.fl-pager')).toBeNull();
  });

  it('starts on the first page when the card switches to another entity', () => {
    showCard(root());
    click(root().querySelector('.fl-more'));
    const other = makeCard({ entity: { ...makeCard().entity, id: 'e-other', name: 'Other' } });
    showCard(root(), { card: other });
    expect(factIds(root())).toEqual(['f1', 'f2', 'f3']);
  });
});

describe('FactCard notes on facts', () => {
  it('flags facts later than the page date, and none without a valid page date', () => {
    showCard(root(), { pageDate: '2024-07-02' });
    const later = root().querySelectorAll('.fl-fact-later');
    expect([...later].map((li) => li.getAttribute('data-fact-id'))).toEqual(['f3']);
    expect(later[0]?.querySelector('.fl-later')?.textContent).toContain('Later than this page');
    showCard(root(), { pageDate: 'July 2024' });
    expect(root().querySelector('.fl-later')).toBeNull();
  });

  it('notes that a fact resolved by reference was inferred', () => {
    const facts = [fact(1, { resolvedBy: 'reference', text: 'He said it.' }), fact(2)];
    showCard(root(), { card: makeCard({}, facts) });
    const notes = root().querySelectorAll('.fl-inferred');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.closest('li')?.getAttribute('data-fact-id')).toBe('f1');
    expect(notes[0]?.textContent).toContain('refers to Vladimir Putin by a pronoun or a short name');
  });

  it('renders hostile text as text', () => {
    const evil = '<img src=x onerror="globalThis.pwned=1">';
    const facts = [fact(1, { text: evil, articleTitle: evil, source: evil })];
    const related = [{ id: 'e2', name: evil, type: 'other' as const, count: 1 }];
    showCard(root(), { card: makeCard({ related }, facts), matchedAlias: evil, onOpenEntity: () => {} });
    expect(root().querySelector('img')).toBeNull();
    expect(root().querySelector('.fl-quote')?.textContent).toBe(evil);
    expect(root().querySelector('.fl-title')?.textContent).toBe(evil);
    expect(root().querySelector('.fl-related-name')?.textContent).toBe(evil);
    expect(root().querySelector('.fl-why')?.textContent).toContain(evil);
  });
});
