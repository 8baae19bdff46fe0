// What data this build carries, so a reader can tell which version their facts come from.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DatasetInfo } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import { errorText } from './error-text';

type State = { kind: 'loading' } | { kind: 'ready'; info: DatasetInfo } | { kind: 'error'; message: string };

const fmt = (n: number) => n.toLocaleString('en');
/** While imports compile, how often the counts are read again: the revision moves only at the end. */
const COMPILING_POLL_MS = 2000;

export function DatasetSection({ changes }: { changes: string }): JSX.Element {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [reads, setReads] = useState(0);

  // Re-read whenever the worker reports a change to the imported articles, and every so often while
  // some are being compiled, so the count goes down and a compile that stopped short says why.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    askWorker('getDatasetInfo', {}).then(
      (info) => {
        if (!current) return;
        setState({ kind: 'ready', info });
        if (info.compiling && !info.importError)
          timer = setTimeout(() => setReads((n) => n + 1), COMPILING_POLL_MS);
      },
      (err: unknown) => current && setState({ kind: 'error', message: errorText(err) }),
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [changes, reads]);

  return (
    <section aria-labelledby="dataset-heading" id="dataset">
      <h2 id="dataset-heading">Data</h2>
      {state.kind === 'loading' ? (
        <p class="help">Loading…</p>
      ) : state.kind === 'error' ? (
        <p class="error">Could not read the dataset: {state.message}</p>
      ) : (
        <dl class="facts">
          <dt>Version</dt>
          <dd>
            <code>{state.info.version}</code>
          </dd>
          <dt>Articles</dt>
          <dd data-count="articles">{fmt(state.info.articles)}</dd>
          <dt>Entities</dt>
          <dd data-count="entities">{fmt(state.info.entities)}</dd>
          <dt>Imported articles</dt>
          <dd data-count="imported">
            {state.info.imported > 0 ? `${fmt(state.info.imported)} included` : 'none'}
            {state.info.compiling && !state.info.importError
              ? `; ${fmt(state.info.compiling)} more being compiled`
              : ''}
            {state.info.importError ? <span class="error"> (left out: {state.info.importError})</span> : null}
          </dd>
          <dt>Facts</dt>
          <dd data-count="facts">{fmt(state.info.facts)}</dd>
          <dt>Schema</dt>
          <dd>{state.info.schemaVersion}</dd>
        </dl>
      )}
      <p class="help">Bundled with the extension, plus any articles you import; nothing is sent anywhere.</p>
    </section>
  );
}
