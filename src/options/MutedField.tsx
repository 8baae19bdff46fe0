// Entities the reader muted (from a card), with their names looked up so the list is readable.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { askWorker } from '../platform/messaging';

interface MutedFieldProps {
  muted: readonly string[];
  onChange: (muted: string[]) => void;
}

export function MutedField({ muted, onChange }: MutedFieldProps): JSX.Element {
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    const missing = muted.filter((id) => !(id in names)).slice(0, 200);
    Promise.all(
      missing.map((id) =>
        askWorker('lookupEntity', { entityId: id }).then(
          (card) => [id, card?.entity.name ?? ''] as const,
          () => [id, ''] as const,
        ),
      ),
    ).then((found) => {
      if (live && found.length) setNames((n) => ({ ...n, ...Object.fromEntries(found) }));
    });
    return () => {
      live = false;
    };
  }, [muted, names]);

  return (
    <fieldset id="muted">
      <legend>Muted names</legend>
      {muted.length === 0 ? (
        <p class="empty">No muted names. Mute one from its card to stop marking it.</p>
      ) : (
        <ul class="site-list" aria-label="Muted names">
          {muted.map((id) => {
            const label = names[id] || id;
            return (
              <li key={id} data-muted={id}>
                <span class="site-name">{label}</span>
                <button
                  type="button"
                  class="remove"
                  aria-label={`Unmute ${label}`}
                  onClick={() => onChange(muted.filter((m) => m !== id))}
                >
                  Unmute
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
