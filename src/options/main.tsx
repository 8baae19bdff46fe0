// The settings page. Every control saves as soon as it changes, through the worker, which repairs
// the value; the page then shows what was actually stored.

import type { JSX } from 'preact';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_RANGE, type Settings } from '../core/settings';
import { askWorker } from '../platform/messaging';
import { loadSettings, watchSettings } from '../platform/settings-storage';
import { DatasetSection } from './DatasetSection';
import { errorText } from './error-text';
import { SitesField } from './SitesField';
import './options.css';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

function saveText(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return `Not saved: ${state.message}`;
  }
}

function Options(): JSX.Element {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState('');
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [delayDraft, setDelayDraft] = useState('');
  const [delayError, setDelayError] = useState('');

  const show = (next: Settings) => {
    setSettings(next);
    setDelayDraft(String(next.hoverDelayMs));
    setDelayError('');
  };

  useEffect(() => {
    loadSettings().then(show, (err: unknown) => setLoadError(errorText(err)));
    // Another options tab, or the worker repairing a value, must not leave this page stale.
    return watchSettings(show);
  }, []);

  const update = (patch: Partial<Settings>) => {
    if (settings) setSettings({ ...settings, ...patch });
    setSave({ kind: 'saving' });
    askWorker('updateSettings', { patch }).then(
      (next) => {
        show(next);
        setSave({ kind: 'saved' });
      },
      (err: unknown) => {
        setSave({ kind: 'error', message: errorText(err) });
        // Undo the optimistic change: show what storage really holds.
        loadSettings().then(show, () => undefined);
      },
    );
  };

  const commitDelay = () => {
    const text = delayDraft.trim();
    const ms = Number(text);
    if (!text || !Number.isFinite(ms)) {
      setDelayError(
        `Enter a number of milliseconds from ${HOVER_DELAY_RANGE.min} to ${HOVER_DELAY_RANGE.max}.`,
      );
      return;
    }
    setDelayError('');
    // The worker rejects out-of-range values rather than repairing them, so clamp here: typing
    // 5000 stores the maximum and the field shows it.
    const clamped = Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, ms)));
    setDelayDraft(String(clamped));
    update({ hoverDelayMs: clamped });
  };

  if (loadError) return <p class="error">Could not read settings: {loadError}</p>;
  if (!settings) return <p class="help">Loading settings…</p>;

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
          Underlines people, organisations and places that Factlens has facts about.
        </p>
        <div class="field">
          <label for="hover-delay">Hover delay (ms)</label>
          <input
            id="hover-delay"
            type="number"
            inputMode="numeric"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={delayDraft}
            aria-invalid={delayError ? true : undefined}
            aria-describedby={delayError ? 'hover-delay-error hover-delay-help' : 'hover-delay-help'}
            onInput={(e) => setDelayDraft(e.currentTarget.value)}
            onChange={commitDelay}
          />
          <p class="help" id="hover-delay-help">
            How long to wait before a card opens, from {HOVER_DELAY_RANGE.min} to {HOVER_DELAY_RANGE.max}.
          </p>
          <p class="error" id="hover-delay-error" role="alert">
            {delayError}
          </p>
        </div>
        <SitesField sites={settings.disabledSites} onChange={(disabledSites) => update({ disabledSites })} />
      </section>
      <p id="save-status" class={save.kind === 'error' ? 'save error' : 'save'} role="status">
        {saveText(save)}
      </p>
      <DatasetSection />
    </>
  );
}

const root = document.getElementById('app');
if (root)
  render(
    <main>
      <h1>Factlens settings</h1>
      <Options />
    </main>,
    root,
  );
