// The hover delay as a number field: typed freely, checked and clamped when committed.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HOVER_DELAY_RANGE } from '../core/settings';

export function DelayField({
  value,
  onCommit,
}: {
  value: number;
  onCommit: (ms: number) => void;
}): JSX.Element {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState('');

  // A stored change (another tab, a restore) replaces whatever is being typed.
  useEffect(() => {
    setDraft(String(value));
    setError('');
  }, [value]);

  const commit = () => {
    const text = draft.trim();
    const ms = Number(text);
    if (!text || !Number.isFinite(ms)) {
      setError(`Enter a number of milliseconds from ${HOVER_DELAY_RANGE.min} to ${HOVER_DELAY_RANGE.max}.`);
      return;
    }
    setError('');
    // The worker rejects out-of-range values rather than repairing them, so clamp here: typing
    // 5000 stores the maximum and the field shows it.
    const clamped = Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, ms)));
    setDraft(String(clamped));
    onCommit(clamped);
  };

  return (
    <div class="field">
      <label for="hover-delay">Hover delay (ms)</label>
      <input
        id="hover-delay"
        type="number"
        inputMode="numeric"
        min={HOVER_DELAY_RANGE.min}
        max={HOVER_DELAY_RANGE.max}
        step={50}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'hover-delay-error hover-delay-help' : 'hover-delay-help'}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={commit}
      />
      <p class="help" id="hover-delay-help">
        How long to wait before a card opens, from {HOVER_DELAY_RANGE.min} to {HOVER_DELAY_RANGE.max}.
      </p>
      <p class="error" id="hover-delay-error" role="alert">
        {error}
      </p>
    </div>
  );
}
