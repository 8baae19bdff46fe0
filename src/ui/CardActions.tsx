// What the reader can do with a card. Each button exists only when the host can act on it, so no
// surface shows a control that silently does nothing. Labels are a glyph and one short word, so the
// row stays one line in a narrow or zoomed card. The accessible name says it in full, starting with
// or containing the visible word, so a speech user can say what they see (WCAG 2.5.3).
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface CardActionsProps {
  entityName: string;
  pinned?: boolean | undefined;
  onOpenInPopup?: (() => void) | undefined;
  onTogglePin?: (() => void) | undefined;
  onMute?: (() => void) | undefined;
  onDisableSite?: (() => void) | undefined;
  /** Builds the Markdown only when asked: the card's shown facts may change with paging. */
  onCopy?: (() => unknown) | undefined;
}

type CopyState = 'idle' | 'copied' | 'failed';

const COPY_WORDS: Record<CopyState, string> = {
  idle: '',
  copied: 'Citation copied.',
  failed: 'Could not copy the citation.',
};

export function CardActions(props: CardActionsProps): JSX.Element | null {
  const { entityName, pinned = false, onOpenInPopup, onTogglePin, onMute, onDisableSite, onCopy } = props;
  const [copy, setCopy] = useState<CopyState>('idle');

  // The status is for the moment after the click; on another entity it would be about the wrong card.
  useEffect(() => setCopy('idle'), [entityName]);

  if (!onOpenInPopup && !onTogglePin && !onMute && !onDisableSite && !onCopy) return null;

  const doCopy = () => {
    if (!onCopy) return;
    setCopy('idle');
    try {
      Promise.resolve(onCopy()).then(
        () => setCopy('copied'),
        () => setCopy('failed'),
      );
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div class="fl-actions-wrap">
      <div class="fl-actions">
        {onOpenInPopup ? (
          <button type="button" class="fl-action fl-popup" aria-label="Open in popup" onClick={onOpenInPopup}>
            <span aria-hidden="true">↗ </span>Popup
          </button>
        ) : null}
        {onTogglePin ? (
          <button type="button" class="fl-action fl-pin" aria-pressed={pinned} onClick={onTogglePin}>
            {/* A toggle keeps one name; its state is aria-pressed, and for the eye a tick, not just a fill. */}
            <span class="fl-pin-mark" aria-hidden="true">
              {pinned ? '✓ ' : ''}
            </span>
            Pin<span class="fl-vh"> card</span>
          </button>
        ) : null}
        {onCopy ? (
          <button type="button" class="fl-action fl-copy" aria-label="Copy citation" onClick={doCopy}>
            <span aria-hidden="true">❝ </span>Copy
          </button>
        ) : null}
        {onMute ? (
          <button type="button" class="fl-action fl-mute" onClick={onMute}>
            Mute<span class="fl-vh"> {entityName}</span>
          </button>
        ) : null}
        {onDisableSite ? (
          <button
            type="button"
            class="fl-action fl-site-off"
            aria-label="Off here: turn Factlens off on this site"
            onClick={onDisableSite}
          >
            Off here
          </button>
        ) : null}
      </div>
      <p class="fl-status" role="status">
        {COPY_WORDS[copy]}
      </p>
    </div>
  );
}
