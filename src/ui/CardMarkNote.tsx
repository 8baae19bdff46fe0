// The settings and welcome pages' note on the card's mark of authenticity: the reader learns the
// install's code here, so a card without it (a page's imitation) stands out.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type CardMark, cardMarkWords } from '../core/card-mark';
import { loadCardMark } from '../platform/card-mark-storage';
import { CardMarkBadge } from './CardMarkBadge';

export function CardMarkNote(): JSX.Element {
  const [mark, setMark] = useState<CardMark | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadCardMark().then(setMark, () => setFailed(true));
  }, []);
  if (failed) return <p class="error">Could not read your card mark.</p>;
  if (!mark) return <p class="help">Reading your card mark…</p>;
  return (
    <p class="card-mark-note">
      Every Factlens card shows your mark <CardMarkBadge mark={mark} /> ({cardMarkWords(mark)}), drawn for
      this browser when Factlens was installed. A web page cannot read it, so a card without it is a page's
      imitation, not Factlens.
    </p>
  );
}
