// The settings page. Every control saves as soon as it changes, through the worker, which repairs
// the value; the page then shows what was actually stored.

import type { JSX } from 'preact';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { askWorker } from '../platform/messaging';
import { loadSettings, watchSettings } from '../platform/settings-storage';
import { CardMarkNote } from '../ui/CardMarkNote';
import { BackupSection } from './BackupSection';
import { DatasetSection } from './DatasetSection';
import { DelayField } from './DelayField';
import { errorText } from './error-text';
import { ImportedList } from './ImportedList';
import { ImportSection } from './ImportSection';
import { FirstMentionField, StyleField, TypesField } from './MarkingFields';
import { MutedField } from './MutedField';
import { SiteModeField } from './SiteModeField';
import { useDatasetRevision } from './use-dataset-revision';
import './options.css';

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

const SAVE_TEXT = { idle: '', saving: 'Saving…', saved: 'Saved' };
/** "Saved" is a confirmation, not a state: it goes once read. Errors stay until the next change. */
const SAVED_SHOWN_MS = 2500;

function SettingsSections(): JSX.Element {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState('');
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    loadSettings().then(setSettings, (err: unknown) => setLoadError(errorText(err)));
    // Another options tab, a restore, or the worker repairing a value must not leave this page stale.
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (save.kind !== 'saved') return;
    const timer = setTimeout(() => setSave({ kind: 'idle' }), SAVED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [save]);

  const update = (patch: Partial<Settings>) => {
    if (settings) setSettings({ ...settings, ...patch });
    setSave({ kind: 'saving' });
    askWorker('updateSettings', { patch }).then(
      (next) => {
        setSettings(next);
        setSave({ kind: 'saved' });
      },
      (err: unknown) => {
        setSave({ kind: 'error', message: errorText(err) });
        // Undo the optimistic change: show what storage really holds.
        loadSettings().then(setSettings, () => undefined);
      },
    );
  };

  if (loadError) return <p class="error">Could not read settings: {loadError}</p>;
  if (!settings) return <p class="help">Loading settings…</p>;
  const fields = { settings, update };

  return (
    <>
      <section aria-labelledby="marking-heading">
        <h2 id="marking-heading">On web pages</h2>
        <div class="check">
          <input
            id="marking-enabled"
            type="checkbox"
            checked={settings.markingEnabled}
            aria-describedby="marking-help"
            onChange={(e) => update({ markingEnabled: e.currentTarget.checked })}
          />
          <label for="marking-enabled">Mark mentions on pages</label>
        </div>
        <p class="help" id="marking-help">
          Marks people, organisations and places that Factlens has facts about.
        </p>
        <DelayField value={settings.hoverDelayMs} onCommit={(hoverDelayMs) => update({ hoverDelayMs })} />
        <CardMarkNote />
        <SiteModeField {...fields} />
      </section>
      <section aria-labelledby="marks-heading">
        <h2 id="marks-heading">Marks</h2>
        <TypesField {...fields} />
        <StyleField {...fields} />
        <FirstMentionField {...fields} />
        <MutedField muted={settings.mutedEntities} onChange={(mutedEntities) => update({ mutedEntities })} />
      </section>
      <p id="save-status" class={save.kind === 'error' ? 'save error' : 'save'} role="status">
        {save.kind === 'error' ? `Not saved: ${save.message}` : SAVE_TEXT[save.kind]}
      </p>
    </>
  );
}

function Options(): JSX.Element {
  // Moves with the worker's published revision, and with each file this page stored, whose compile may
  // take a while or (storage full) not end.
  const published = useDatasetRevision();
  const [stored, setStored] = useState(0);
  const changes = `${published}/${stored}`;
  const onStored = () => setStored((n) => n + 1);
  return (
    <main>
      <h1>Factlens settings</h1>
      <SettingsSections />
      <ImportSection onStored={onStored} />
      <ImportedList changes={changes} />
      <BackupSection />
      <DatasetSection changes={changes} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
