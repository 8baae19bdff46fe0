// The card's mark of authenticity: a short code drawn once per install (a symbol, two digits and a
// colour), shown in every Factlens card and on the settings and welcome pages so the reader learns
// it. It lives in the extension's storage and is drawn only inside the card's extension frame, which
// page scripts can neither read nor script: a page can draw a fake card, but not one with this code.

export const CARD_MARK_SYMBOLS = ['◆', '●', '▲', '■', '★', '✚', '♥', '♣'] as const;
/** Colour names with their light and dark shades (both AA on the card's backgrounds). */
export const CARD_MARK_COLOURS = {
  teal: ['#00707a', '#5fd3dc'],
  purple: ['#6b3fb0', '#c3a5ff'],
  orange: ['#a84a00', '#ffab66'],
  green: ['#2e7d32', '#8fd694'],
  red: ['#b3261e', '#ff9a92'],
  blue: ['#1a56b0', '#8ab4ff'],
} as const;

export type CardMarkColour = keyof typeof CARD_MARK_COLOURS;

export interface CardMark {
  symbol: (typeof CARD_MARK_SYMBOLS)[number];
  /** Two digits, 10–99, so it always reads as two. */
  digits: string;
  colour: CardMarkColour;
}

const COLOUR_NAMES = Object.keys(CARD_MARK_COLOURS) as CardMarkColour[];

/** A new mark from three random words (crypto.getRandomValues in the caller). */
export function drawCardMark(random: Uint32Array): CardMark {
  const [a = 0, b = 0, c = 0] = random;
  return {
    symbol: CARD_MARK_SYMBOLS[a % CARD_MARK_SYMBOLS.length] ?? '◆',
    digits: String(10 + (b % 90)),
    colour: COLOUR_NAMES[c % COLOUR_NAMES.length] ?? 'teal',
  };
}

/** A stored value as a mark, or null when it is missing or not one (then a new one is drawn). */
export function readCardMark(value: unknown): CardMark | null {
  if (!value || typeof value !== 'object') return null;
  const { symbol, digits, colour } = value as Record<string, unknown>;
  if (!CARD_MARK_SYMBOLS.some((s) => s === symbol)) return null;
  if (typeof digits !== 'string' || !/^[1-9]\d$/.test(digits)) return null;
  if (typeof colour !== 'string' || !COLOUR_NAMES.some((c) => c === colour)) return null;
  return { symbol: symbol as CardMark['symbol'], digits, colour: colour as CardMarkColour };
}

/** How the mark is said in words, for the accessible name and the settings page. */
export function cardMarkWords(mark: CardMark): string {
  return `${mark.symbol} ${mark.digits} in ${mark.colour}`;
}
