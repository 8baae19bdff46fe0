// The next/previous-mention keys and what the popup and the welcome page say about them. The manifest
// only suggests keys: the browser may leave one unassigned (taken by the browser or another
// extension) and the reader may clear or change it, so the pages read commands.getAll() and, for an
// empty one, say where to set it.

/** The manifest's command names. */
export const NEXT_MENTION_COMMAND = 'next-mention';
export const PREVIOUS_MENTION_COMMAND = 'previous-mention';

/** The commands listed, in display order, with the words for each. */
export const MENTION_COMMANDS = [
  { name: NEXT_MENTION_COMMAND, label: 'Next mention' },
  { name: PREVIOUS_MENTION_COMMAND, label: 'Previous mention' },
] as const;

/** The fields of commands.Command read here. */
export interface CommandInfo {
  name?: string;
  shortcut?: string;
}

export interface ShortcutLine {
  name: string;
  label: string;
  /** The key as the browser reports it, or null when none is assigned. */
  key: string | null;
}

export function shortcutLines(commands: readonly CommandInfo[]): ShortcutLine[] {
  return MENTION_COMMANDS.map(({ name, label }) => {
    const key = commands.find((c) => c.name === name)?.shortcut?.trim();
    return { name, label, key: key ? key : null };
  });
}

export const CHROMIUM_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/**
 * Where a reader sets a shortcut. Firefox has no page an extension may open by address, but Firefox
 * 137 and later open its Manage Extension Shortcuts view through commands.openShortcutSettings().
 */
export type ShortcutPlace =
  | { kind: 'chromium'; url: typeof CHROMIUM_SHORTCUTS_URL }
  | { kind: 'firefox'; canOpen: boolean };

export function shortcutPlace(extensionUrl: string, hasOpenShortcutSettings: boolean): ShortcutPlace {
  if (extensionUrl.startsWith('moz-extension:')) return { kind: 'firefox', canOpen: hasOpenShortcutSettings };
  return { kind: 'chromium', url: CHROMIUM_SHORTCUTS_URL };
}

export const FIREFOX_SHORTCUTS_PATH = 'about:addons → gear menu (⚙) → Manage Extension Shortcuts';
