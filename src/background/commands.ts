// The next/previous-mention keyboard commands (manifest `commands`, rebindable by the reader). The
// worker only forwards them: the active tab's top frame knows its marks and opens the card.
import browser from 'webextension-polyfill';
import type { TabProtocol } from '../core/protocol';
import { NEXT_MENTION_COMMAND, PREVIOUS_MENTION_COMMAND } from '../core/shortcuts';

const DIRECTIONS: Record<string, TabProtocol['stepMention']['request']['direction']> = {
  [NEXT_MENTION_COMMAND]: 1,
  [PREVIOUS_MENTION_COMMAND]: -1,
};

/** Registered at top level with the other listeners, so a command can wake a stopped worker. */
export function watchCommands(): void {
  browser.commands?.onCommand.addListener(async (command: string) => {
    const direction = DIRECTIONS[command];
    if (direction === undefined) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message = { factlens: 1, type: 'stepMention', payload: { direction } };
    // A tab without the content script (a browser page) has no receiving end: nothing to step through.
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });
}
