// The child frame's side of a card drawn by the top frame: when this frame is too small to hold a
// card, and what the top frame needs to find this frame and the mark in it.
import type { FrameCardRequest } from '../core/protocol';
import { liveRange } from './caret';
import type { Mark } from './highlighter';

/** Below this a card (160 px at its smallest, usually 300 and more) would be cut by the frame's edges. */
const MIN_FRAME_HEIGHT = 320;
const MIN_FRAME_WIDTH = 320;

/** This frame's index in the top window's frames, when it is a direct child of the top; null otherwise. */
function indexInTop(): number | null {
  try {
    if (window.parent !== window.top) return null;
    const siblings = window.parent.frames;
    for (let i = 0; i < siblings.length; i++) if (siblings[i] === window) return i;
  } catch {
    // A sandboxed frame may not reach its parent's frames.
  }
  return null;
}

/** True in a child frame whose viewport cannot hold a card. */
export function isSmallFrame(): boolean {
  return (
    window !== window.top && (window.innerHeight < MIN_FRAME_HEIGHT || window.innerWidth < MIN_FRAME_WIDTH)
  );
}

/**
 * What the top frame needs to draw this mark's card, or null when it cannot: frames nested deeper
 * than one level are drawn in place, since the top cannot measure the frames between.
 */
export function frameCardRequest(mark: Mark): FrameCardRequest | null {
  const frameIndex = indexInTop();
  const box = liveRange(mark.range)?.getBoundingClientRect();
  if (frameIndex === null || !box) return null;
  return {
    entityId: mark.entityId,
    alias: mark.alias,
    rect: { x: box.x, y: box.y, width: box.width, height: box.height },
    viewport: { width: window.innerWidth, height: window.innerHeight },
    frameIndex,
  };
}
