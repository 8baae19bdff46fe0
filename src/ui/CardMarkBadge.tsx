// The install's mark of authenticity (core/card-mark.ts) as the card and the settings page draw it:
// the symbol and digits on a chip in its colour.
import type { JSX } from 'preact';
import { CARD_MARK_COLOURS, type CardMark, cardMarkWords } from '../core/card-mark';

export function CardMarkBadge({ mark, dark }: { mark: CardMark; dark?: boolean }): JSX.Element {
  const [light, darkShade] = CARD_MARK_COLOURS[mark.colour];
  return (
    <span
      class="fl-mark"
      role="img"
      aria-label={`Factlens mark ${cardMarkWords(mark)}`}
      title="Your Factlens mark: a card without it is not from Factlens"
      style={{ color: dark ? darkShade : light, borderColor: dark ? darkShade : light }}
    >
      {mark.symbol}
      {mark.digits}
    </span>
  );
}
