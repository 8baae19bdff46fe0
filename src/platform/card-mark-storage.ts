// Where the card's mark of authenticity (core/card-mark.ts) is kept: storage.local, drawn on install
// by the worker, or by the first extension page that needs it if that came first.
import { type CardMark, drawCardMark, readCardMark } from '../core/card-mark';
import { extensionApi } from './extension-api';

const KEY = 'cardMark';

export async function loadCardMark(): Promise<CardMark> {
  const local = extensionApi().storage.local;
  const stored = readCardMark((await local.get(KEY))[KEY]);
  if (stored) return stored;
  const mark = drawCardMark(crypto.getRandomValues(new Uint32Array(3)));
  await local.set({ [KEY]: mark });
  return mark;
}
