// Adding the reader's own articles: a file picker and a drop zone feed the same import.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ImportResult } from '../core/imports/types';
import { ImportResults } from './ImportResults';
import { ACCEPTED, type ImportProgress, importFiles } from './import-files';

/**
 * `onStored`: a file's articles were stored. Their compile tells every page when it is done; until then,
 * or when it cannot finish (storage full), this page's lists and counts are read again from this.
 */
export function ImportSection({ onStored }: { onStored?: () => void }): JSX.Element {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [results, setResults] = useState<ImportResult[]>([]);
  const [over, setOver] = useState(false);
  const [batch, setBatch] = useState(0);
  const busy = progress !== null && progress.index < progress.count;

  const start = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0 || busy) return;
    setResults([]);
    setBatch((n) => n + 1);
    importFiles(files, setProgress, (r) => {
      setResults((all) => [...all, r]);
      if (r.status === 'imported' && r.added > 0) onStored?.();
    }).catch(() => undefined);
  };

  return (
    <section aria-labelledby="import-heading" id="import">
      <h2 id="import-heading">Add your own articles</h2>
      <p class="help" id="import-help">
        Article files in the seed text format or JSON, up to 32 MB each, or JSON Lines (one article per line),
        up to 128 MB each. They are stored in this browser only, and their names are marked on pages like the
        bundled ones.
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is an extra for mouse users; the file input inside it is the keyboard route */}
      <div
        class={over ? 'drop-zone over' : 'drop-zone'}
        id="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          start(e.dataTransfer?.files ?? null);
        }}
      >
        <label for="import-files">Choose files, or drop them here</label>
        <input
          id="import-files"
          type="file"
          multiple
          accept={ACCEPTED}
          disabled={busy}
          aria-describedby="import-help"
          onChange={(e) => {
            start(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {progress ? (
        <div class="import-progress">
          <label for="import-progress">
            {busy
              ? `Importing ${progress.current} (${progress.index + 1} of ${progress.count})${progress.attempt > 1 ? `, sending it again (attempt ${progress.attempt}): the connection was lost` : ''}…`
              : `Import finished: ${progress.count} ${progress.count === 1 ? 'file' : 'files'}`}
          </label>
          <progress
            id="import-progress"
            max={Math.max(1, progress.totalBytes)}
            value={busy ? progress.doneBytes : Math.max(1, progress.totalBytes)}
          />
        </div>
      ) : null}
      {/* data-batch and data-busy let tests tell one import from the next. */}
      <div role="status" id="import-status" data-batch={batch} data-busy={busy}>
        <ImportResults results={results} />
      </div>
    </section>
  );
}
