// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResults } from '../../src/core/protocol';
import { ResultList } from '../../src/popup/ResultList';
import { flattenResults } from '../../src/popup/use-search';

// use-search also holds the hook that messages the worker; only its pure flattenResults is under test.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const RESULTS: SearchResults = {
  entities: [
    {
      entity: {
        id: 'sco',
        name: 'Shanghai Cooperation Organization',
        type: 'organisation',
        aliases: ['SCO'],
        description: '',
      },
      facts: [],
    },
  ],
  facts: [
    {
      id: 'f1',
      text: 'Putin spoke at the <img src=x onerror="alert(1)"> summit.',
      date: '2024-07-05',
      articleId: 'a1',
      articleTitle: 'Putin Refuses Ceasefire Talks',
      source: 'Bulgaria',
      entityId: 'putin',
      entityName: 'Vladimir Putin, Astana',
    },
  ],
  articles: [{ id: 'a1', title: 'Putin Refuses Ceasefire Talks', date: '2024-07-05', source: 'Bulgaria' }],
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(active: number, onChoose = vi.fn()) {
  act(() => {
    render(<ResultList options={flattenResults(RESULTS)} active={active} onChoose={onChoose} />, root);
  });
  return onChoose;
}

describe('popup result list', () => {
  it('groups results by kind, in the order the arrow keys walk them', () => {
    show(0);
    const groups = [...root.querySelectorAll('[role="group"]')].map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(['People, organisations and places', 'Facts', 'Articles']);
    const kinds = [...root.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('data-kind'));
    expect(kinds).toEqual(['entity', 'fact', 'article']);
  });

  it('marks exactly the active option as selected', () => {
    show(1);
    const selected = [...root.querySelectorAll('[role="option"]')].map((o) =>
      o.getAttribute('aria-selected'),
    );
    expect(selected).toEqual(['false', 'true', 'false']);
  });

  it('renders quoted text as text, never as HTML', () => {
    show(0);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(root.textContent).toContain('Vladimir Putin, Astana');
  });

  it('chooses on mouse down without taking focus from the search field', () => {
    const onChoose = show(0);
    const article = root.querySelector<HTMLElement>('[data-kind="article"][role="option"]');
    const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    act(() => {
      article?.dispatchEvent(event);
    });
    expect(onChoose).toHaveBeenCalledWith(2);
    expect(event.defaultPrevented).toBe(true);
  });
});
