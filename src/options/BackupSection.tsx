// Export settings and imported articles to one file, and restore from such a file.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { askWorker } from '../platform/messaging';
import { errorText } from './error-text';
import { restoreFile } from './import-files';

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done' | 'error'; text: string };

function download(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `factlens-export-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function BackupSection(): JSX.Element {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const exportAll = () => {
    setStatus({ kind: 'busy', text: 'Exporting…' });
    askWorker('exportData', {}).then(
      ({ json }) => {
        download(json);
        setStatus({ kind: 'done', text: 'Exported settings and imported articles.' });
      },
      (err: unknown) => setStatus({ kind: 'error', text: `Not exported: ${errorText(err)}` }),
    );
  };

  const restore = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'busy', text: `Restoring from ${file.name}…` });
    try {
      const result = await restoreFile(file, () => undefined);
      if (result.status === 'rejected') {
        setStatus({ kind: 'error', text: `Not restored: ${result.reason}. Nothing was changed.` });
        return;
      }
      const { added, duplicates } = result;
      setStatus({
        kind: 'done',
        text: `Restored settings; ${added} ${added === 1 ? 'article' : 'articles'} added, ${duplicates} already present.`,
      });
    } catch (err) {
      setStatus({
        kind: 'error',
        text: `Not restored: ${errorText(err)}. Nothing was changed.`,
      });
    }
  };

  return (
    <section aria-labelledby="backup-heading" id="backup">
      <h2 id="backup-heading">Export and restore</h2>
      <p class="help">One JSON file with your settings and imported articles.</p>
      <div class="row">
        <button type="button" id="export" onClick={exportAll} disabled={status.kind === 'busy'}>
          Export…
        </button>
      </div>
      <div class="field">
        <label for="restore-file">Restore from an export file</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          disabled={status.kind === 'busy'}
          onChange={(e) => {
            void restore(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <p id="backup-status" class={status.kind === 'error' ? 'error' : 'help'} role="status">
        {status.kind === 'idle' ? '' : status.text}
      </p>
    </section>
  );
}
