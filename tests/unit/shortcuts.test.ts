import { describe, expect, it } from 'vitest';
import { CHROMIUM_SHORTCUTS_URL, shortcutLines, shortcutPlace } from '../../src/core/shortcuts';

describe('mention shortcuts', () => {
  it('shows the key the browser reports for each mention command, in order', () => {
    const lines = shortcutLines([
      { name: 'previous-mention', shortcut: 'Alt+Shift+P' },
      { name: '_execute_action', shortcut: 'Ctrl+Shift+F' },
      { name: 'next-mention', shortcut: 'Alt+Shift+N' },
    ]);
    expect(lines).toEqual([
      { name: 'next-mention', label: 'Next mention', key: 'Alt+Shift+N' },
      { name: 'previous-mention', label: 'Previous mention', key: 'Alt+Shift+P' },
    ]);
  });

  it('reports no key for an empty, blank, missing or absent shortcut', () => {
    const lines = shortcutLines([{ name: 'next-mention', shortcut: '' }, { name: 'previous-mention' }]);
    expect(lines.map((l) => l.key)).toEqual([null, null]);
    expect(shortcutLines([{ name: 'next-mention', shortcut: '  ' }]).map((l) => l.key)).toEqual([null, null]);
  });

  it('sends Chromium readers to the shortcuts page and Firefox readers to the add-ons manager', () => {
    expect(shortcutPlace('chrome-extension://abc/', false)).toEqual({
      kind: 'chromium',
      url: CHROMIUM_SHORTCUTS_URL,
    });
    expect(CHROMIUM_SHORTCUTS_URL).toBe('chrome://extensions/shortcuts');
    expect(shortcutPlace('moz-extension://uuid/', true)).toEqual({ kind: 'firefox', canOpen: true });
    expect(shortcutPlace('moz-extension://uuid/', false)).toEqual({ kind: 'firefox', canOpen: false });
  });
});
