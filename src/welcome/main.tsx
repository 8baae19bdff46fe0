// The page a new install opens once (see background/welcome.ts): what the marks are, the keys the
// browser really assigned, how to turn Factlens off for a site and where to add articles.

import type { JSX } from 'preact';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type AssignedShortcuts, assignedShortcuts, shortcutSettingsHint } from '../platform/shortcuts';
import { CardMarkNote } from '../ui/CardMarkNote';
import '../options/options.css';
import './welcome.css';

const OPTIONS_PAGE = 'src/options/index.html';

function Key({ shortcut }: { shortcut: string }): JSX.Element {
  return <kbd>{shortcut}</kbd>;
}

function ShortcutText({ keys }: { keys: AssignedShortcuts | null }): JSX.Element {
  if (!keys) return <p class="help">Reading the shortcuts…</p>;
  const hint = shortcutSettingsHint();
  if (!keys.next && !keys.previous) {
    return (
      <p data-shortcut="none">
        The browser has not given Factlens a shortcut (another extension may use the keys). Set one at{' '}
        <strong>{hint}</strong>.
      </p>
    );
  }
  return (
    <>
      <p data-shortcut={keys.next}>
        {keys.next ? (
          <>
            Press <Key shortcut={keys.next} /> to go to the next marked name: its card opens with the keyboard
            focus in it.
          </>
        ) : (
          'The next-name shortcut is not set.'
        )}{' '}
        {keys.previous ? (
          <>
            <Key shortcut={keys.previous} /> goes back to the previous one.
          </>
        ) : null}{' '}
        <kbd>Tab</kbd> moves through the card's buttons and <kbd>Escape</kbd> closes it.
      </p>
      <p class="help">
        Change the keys at <strong>{hint}</strong>.
      </p>
    </>
  );
}

function Welcome(): JSX.Element {
  const [keys, setKeys] = useState<AssignedShortcuts | null>(null);
  useEffect(() => {
    assignedShortcuts().then(setKeys, () => setKeys({ next: '', previous: '' }));
  }, []);
  const optionsUrl = browser.runtime.getURL(OPTIONS_PAGE);
  return (
    <main>
      <h1>Welcome to Factlens</h1>
      <p class="lead">Context while you read, from articles kept on your device. Nothing is sent anywhere.</p>
      <section aria-labelledby="marks-heading">
        <h2 id="marks-heading">The marks</h2>
        <p>
          On web pages Factlens marks the people, organisations and places it has facts about, like{' '}
          <span class="sample-mark">this name</span>. The page itself is not changed.
        </p>
        <p>
          Rest the pointer on a mark to see a card with quoted, dated and sourced facts. The number on the
          toolbar button is how many different names are marked on the page.
        </p>
        <CardMarkNote />
      </section>
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">From the keyboard</h2>
        <ShortcutText keys={keys} />
      </section>
      <section aria-labelledby="off-heading">
        <h2 id="off-heading">Turn it off for a site</h2>
        <p>
          Choose <strong>Off here</strong> in any card, untick <strong>Mark names on</strong> the site in the
          toolbar popup, or list the sites to leave alone on the <a href={optionsUrl}>settings page</a>. Both
          the card and the popup let you undo it.
        </p>
      </section>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Add articles</h2>
        <p>
          Factlens starts with the articles it comes with. Add your own (text or JSON files) under{' '}
          <a href={`${optionsUrl}#import`}>Add your own articles</a> on the settings page: their names are
          marked on every page from then on.
        </p>
      </section>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Welcome />, root);
