// The next/previous-mention shortcuts as the browser actually assigned them: a suggested key the
// browser or another extension already uses is left unassigned, and readers can rebind either.
import browser from 'webextension-polyfill';
import {
  CHROMIUM_SHORTCUTS_URL,
  FIREFOX_SHORTCUTS_PATH,
  NEXT_MENTION_COMMAND,
  PREVIOUS_MENTION_COMMAND,
} from '../core/shortcuts';

export interface AssignedShortcuts {
  /** '' when the browser assigned no key. */
  next: string;
  previous: string;
}

export async function assignedShortcuts(): Promise<AssignedShortcuts> {
  const commands = await browser.commands.getAll();
  const keyOf = (name: string) => commands.find((c) => c.name === name)?.shortcut ?? '';
  return { next: keyOf(NEXT_MENTION_COMMAND), previous: keyOf(PREVIOUS_MENTION_COMMAND) };
}

/** Where a reader sets or changes the keys; extension pages cannot link to these browser pages. */
export function shortcutSettingsHint(): string {
  return location.protocol === 'moz-extension:' ? FIREFOX_SHORTCUTS_PATH : CHROMIUM_SHORTCUTS_URL;
}
