// The card's buttons across the frame boundary: which exist (sent to the frame with each render)
// and what a press reported back by the frame calls (the card session's own callbacks).
import type { CardAction, CardButtons } from '../core/card-frame-protocol';
import type { FactView } from '../core/protocol';
import type { CardProps } from './card-view';

export function buttonsOf(props: CardProps): CardButtons {
  return {
    back: props.onBack !== undefined,
    related: props.onOpenEntity !== undefined,
    popup: props.onOpenInPopup !== undefined,
    pin: props.onTogglePin !== undefined,
    mute: props.onMute !== undefined,
    siteOff: props.onDisableSite !== undefined,
    copy: props.onCopyCitation !== undefined,
  };
}

export function applyCardAction(
  pressed: CardAction,
  props: CardProps,
  onOpenArticle: (fact: FactView) => void,
): void {
  switch (pressed.action) {
    case 'openArticle':
      onOpenArticle(pressed.fact);
      return;
    case 'openEntity':
      props.onOpenEntity?.(pressed.entityId);
      return;
    case 'back':
      props.onBack?.();
      return;
    case 'popup':
      props.onOpenInPopup?.(pressed.entityId);
      return;
    case 'pin':
      props.onTogglePin?.();
      return;
    case 'mute':
      props.onMute?.(pressed.entityId);
      return;
    case 'siteOff':
      props.onDisableSite?.();
      return;
  }
}
