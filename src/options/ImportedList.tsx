// The imported articles, newest first, each deletable; and deleting them all, after a confirmation
// step in the page (a native confirm() dialog would block the page and the tests).
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ImportedSummary } from '../core/imports/types';
import { askWorker } from '../platform/messaging';
import { errorText } from './error-text';

const PAGE = 50;

export function ImportedList({ changes }: { changes: string }): JSX.Element {
  const [items, setItems] = useState<ImportedSummary[] | null>(null);
  const [error, setError] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [confirming, setConfirming] = useState(false);

  // Re-read whenever the worker reports a change to the imported articles.
  useEffect(() => {
    askWorker('listImported', {}).then(setItems, (err: unknown) => setError(errorText(err)));
  }, [changes]);

  const remove = (request: { keys: string[] } | { all: true }) => {
    setError('');
    setConfirming(false);
    askWorker('deleteImported', request).then(
      () => askWorker('listImported', {}).then(setItems),
      (err: unknown) => setError(`Not deleted: ${errorText(err)}`),
    );
  };

  return (
    <section aria-labelledby="imported-heading" id="imported">
      <h2 id="imported-heading">Imported articles</h2>
      <p class="error" role="alert">
        {error}
      </p>
      {items === null ? (
        <p class="help">Loading…</p>
      ) : items.length === 0 ? (
        <p class="empty">No imported articles yet.</p>
      ) : (
        <>
          <p class="help" id="imported-count">
            {items.length.toLocaleString('en')} imported {items.length === 1 ? 'article' : 'articles'}
          </p>
          <ul class="site-list imported-list" aria-label="Imported articles">
            {items.slice(0, shown).map((a) => (
              <li key={a.key} data-key={a.key}>
                <span class="site-name">
                  <span class="article-title">{a.title}</span>{' '}
                  <span class="article-meta">
                    {a.date} · {a.file}
                  </span>
                </span>
                <button
                  type="button"
                  class="remove"
                  aria-label={`Delete ${a.title}`}
                  onClick={() => remove({ keys: [a.key] })}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
          {items.length > shown ? (
            <button type="button" onClick={() => setShown((n) => n + PAGE * 4)}>
              Show more
            </button>
          ) : null}
          <div class="row delete-all">
            {confirming ? (
              <>
                <button
                  type="button"
                  id="delete-all-confirm"
                  class="danger"
                  onClick={() => remove({ all: true })}
                >
                  Delete all {items.length.toLocaleString('en')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </>
            ) : (
              <button type="button" id="delete-all" onClick={() => setConfirming(true)}>
                Delete all imported articles
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
