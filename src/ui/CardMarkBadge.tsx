// The install's mark of authenticity (core/card-mark.ts) as the card and the settings page draw it:
// the symbol and digits on a chip in its colour.
import type { JSX } from 'preact';
import { CARD_MARK_COLOURS, type CardMark, cardMarkWords } from '../core/card-mark';

export function CardMarkBadge({ mark, dark }: { mark: CardMark; dark?: boolean }): JSX.Element {
  const [light, darkShade] = CARD_MARK_COLOURS[mark.colour];
  // Without a theme given (the settings and welcome pages), the page's own colour scheme picks the
  // shade, and follows it when it changes.
  const colour = dark === undefined ? `light-dark(${light}, ${darkShade})` : dark ? darkShade : light;
  return (
    <span
      class="fl-mark"
      role="img"
      aria-label={`Factlens mark ${cardMarkWords(mark)}`}
      title="Your Factlens mark: a card without it is not from Factlens"
      style={{ color: colour, borderColor: colour }}
    >
      {mark.symbol}
      {mark.digits}
    </span>
  );
}
