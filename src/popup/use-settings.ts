// The settings as the popup's switches see them: read from storage, kept fresh by its change events
// (the options page or a card may change them while the popup is open), written through the worker.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { askWorker } from '../platform/messaging';
import { loadSettings, watchSettings } from '../platform/settings-storage';
import { errorText } from './format';

export interface PopupSettings {
  settings: Settings | null;
  /** Bumped on every change seen, so views of the tab can ask it again. */
  revision: number;
  error: string;
  update(patch: Partial<Settings>): void;
}

export function useSettings(): PopupSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState('');

  useEffect(() => {
    loadSettings().then(setSettings, (err: unknown) =>
      setError(`Could not read settings: ${errorText(err)}`),
    );
    return watchSettings((next) => {
      setSettings(next);
      setRevision((r) => r + 1);
    });
  }, []);

  const update = (patch: Partial<Settings>) => {
    setError('');
    askWorker('updateSettings', { patch }).then(setSettings, (err: unknown) =>
      setError(`Could not change the setting: ${errorText(err)}`),
    );
  };

  return { settings, revision, error, update };
}
