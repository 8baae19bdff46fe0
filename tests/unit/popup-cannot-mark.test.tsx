// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canDrawMarks } from '../../src/content/highlight-support';
import type { PageMentions } from '../../src/core/protocol';
import { SETTINGS_DEFAULTS } from '../../src/core/settings';

const tab = vi.hoisted(() => ({ answer: null as unknown }));
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../src/popup/tab-target', () => ({
  targetTab: async () => ({ id: 7, url: 'https://news.example/story' }),
}));
vi.mock('../../src/platform/messaging', () => ({
  askTab: async () => tab.answer,
  askWorker: async () => null,
}));
vi.mock('../../src/popup/use-settings', () => ({
  useSettings: () => ({ settings: SETTINGS_DEFAULTS, revision: 0, error: '', update() {} }),
}));

const { OnPage } = await import('../../src/popup/OnPage');

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function popupShowing(answer: PageMentions): Promise<string> {
  tab.answer = answer;
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<OnPage onOpenArticle={() => undefined} />, root as HTMLElement);
  });
  // The tab's answer arrives after the first render.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return (root.querySelector('#on-page') as HTMLElement).textContent ?? '';
}

describe('a browser that cannot draw marks', () => {
  it('the content script sees no CSS Custom Highlight API where there is none', () => {
    expect(canDrawMarks({ CSS: { highlights: new Map() }, Highlight: class {} })).toBe(true);
    expect(canDrawMarks({ CSS: {}, Highlight: class {} })).toBe(false);
    expect(canDrawMarks({ CSS: { highlights: new Map() } })).toBe(false);
    expect(canDrawMarks({})).toBe(false);
  });

  it('the popup says the browser cannot mark instead of reporting an empty page', async () => {
    const text = await popupShowing({ mentions: [], reading: false, readAt: null, cannotMark: true });
    expect(text).toContain('This browser cannot mark names: it lacks the CSS Custom Highlight API.');
    expect(text).toContain('Firefox 150 or later');
    expect(text).not.toContain('No people, organisations or places');
  });

  it('a browser that can mark shows the usual line', async () => {
    const text = await popupShowing({ mentions: [], reading: false, readAt: Date.now() });
    expect(text).toContain('No people, organisations or places from Factlens on this page.');
    expect(text).not.toContain('cannot mark');
  });
});
