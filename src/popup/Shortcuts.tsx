// The keys that step through the marks on a page: shown when assigned, "Set a shortcut" with the
// way there when not.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  FIREFOX_SHORTCUTS_PATH,
  type ShortcutLine,
  type ShortcutPlace,
  shortcutLines,
  shortcutPlace,
} from '../core/shortcuts';
import { errorText } from './format';

// Firefox 137+ only, and missing from the polyfill's types.
type WithShortcutSettings = { openShortcutSettings?: () => Promise<void> };

function placeHere(): ShortcutPlace {
  const commands = browser.commands as unknown as WithShortcutSettings;
  return shortcutPlace(browser.runtime.getURL(''), typeof commands.openShortcutSettings === 'function');
}

function openPlace(place: ShortcutPlace): Promise<unknown> {
  // A popup cannot navigate to a browser page itself; the browser opens it in a tab.
  if (place.kind === 'chromium') return browser.tabs.create({ url: place.url });
  const commands = browser.commands as unknown as WithShortcutSettings;
  return commands.openShortcutSettings?.() ?? Promise.resolve();
}

function Where({ place }: { place: ShortcutPlace }): JSX.Element {
  const [error, setError] = useState('');
  const open = () => {
    setError('');
    openPlace(place).then(
      () => window.close(),
      (err: unknown) => setError(`Could not open it: ${errorText(err)}`),
    );
  };
  const canOpen = place.kind === 'chromium' || place.canOpen;
  return (
    <p class="hint shortcut-where">
      {place.kind === 'chromium' ? (
        <>
          Set them on <code>{place.url}</code>.{' '}
        </>
      ) : (
        <>Set them in {FIREFOX_SHORTCUTS_PATH}. </>
      )}
      {canOpen ? (
        <button type="button" class="link" id="open-shortcuts" onClick={open}>
          Open shortcut settings
        </button>
      ) : null}
      {error ? <span class="error"> {error}</span> : null}
    </p>
  );
}

export function Shortcuts(): JSX.Element | null {
  const [lines, setLines] = useState<ShortcutLine[] | null>(null);
  useEffect(() => {
    // No commands API (a browser without keyboard shortcuts): nothing to show.
    browser.commands?.getAll().then(
      (all) => setLines(shortcutLines(all)),
      () => setLines(null),
    );
  }, []);
  if (!lines) return null;
  const unset = lines.some((l) => l.key === null);
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keys</h2>
      <dl class="shortcut-list">
        {lines.map((l) => (
          <div key={l.name} class="shortcut" data-command={l.name}>
            <dt>{l.label}</dt>
            <dd>{l.key ? <kbd>{l.key}</kbd> : <span class="shortcut-unset">Set a shortcut</span>}</dd>
          </div>
        ))}
      </dl>
      {unset ? <Where place={placeHere()} /> : null}
    </section>
  );
}
