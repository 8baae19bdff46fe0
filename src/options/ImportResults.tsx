// One line per imported file: what was added and skipped, or why the file was refused. File names and
// reasons come from the files themselves, so they are only ever rendered as text.
import type { JSX } from 'preact';
import type { ImportResult } from '../core/imports/types';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function resultText(r: ImportResult): string {
  if (r.status === 'rejected')
    return `not imported${r.line === undefined ? '' : `, line ${r.line}`}: ${r.reason}. Nothing was changed.`;
  const added = plural(r.added, 'article added', 'articles added');
  return r.duplicates ? `${added}, ${plural(r.duplicates, 'duplicate', 'duplicates')} skipped` : added;
}

export function ImportResults({ results }: { results: readonly ImportResult[] }): JSX.Element | null {
  if (results.length === 0) return null;
  return (
    <ul class="import-results" aria-label="Import results">
      {results.map((r, i) => (
        // Keyed by position: the same file name may appear twice in one batch.
        <li key={i} class={r.status === 'rejected' ? 'rejected' : 'imported'} data-status={r.status}>
          <span class="file-name">{r.file}</span>: {resultText(r)}
        </li>
      ))}
    </ul>
  );
}
