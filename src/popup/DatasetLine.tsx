// Which data the answers come from: version, counts, and whether the reader's own articles are in.
import type { JSX } from 'preact';
import type { DatasetInfo } from '../core/protocol';
import { countOf } from './format';

export type InfoState =
  | { kind: 'loading' }
  | { kind: 'ready'; info: DatasetInfo }
  | { kind: 'error'; message: string };

export function DatasetLine({ state }: { state: InfoState }): JSX.Element {
  if (state.kind === 'loading') return <p class="dataset-line">Reading Factlens’s data…</p>;
  if (state.kind === 'error')
    return <p class="dataset-line error">Could not read Factlens’s data: {state.message}</p>;
  const { info } = state;
  const imported =
    info.imported > 0
      ? `, ${countOf(info.imported, 'imported article', 'imported articles')} included`
      : ', no imported articles';
  return (
    <p class="dataset-line" id="dataset-line" data-imported={info.imported}>
      Data <code>{info.version.slice(0, 8)}</code>: {countOf(info.articles, 'article', 'articles')},{' '}
      {countOf(info.entities, 'entity', 'entities')}
      {imported}
      {info.compiling ? `; ${countOf(info.compiling, 'more is', 'more are')} being compiled` : ''}.
      {info.importError ? (
        <span class="error"> Imported articles are left out: {info.importError}</span>
      ) : null}
    </p>
  );
}
