// Key combinations pressed the way a keyboard does, so the browser's own shortcut handling sees them.
//
// Chromium: puppeteer's page.keyboard sends CDP Input.dispatchKeyEvent without a native key code, and
// Chromium then marks the event skip_if_unhandled: the page gets it, the browser's shortcuts
// (extension commands among them) never do. With the native key code set, an event the page leaves
// unhandled goes on to the browser like one from the OS keyboard, and the command fires.
// Firefox: WebDriver BiDi synthesises key actions inside the content process's window
// (remote/webdriver-bidi/modules/windowglobal/input.sys.mjs), so they never reach the browser
// window's shortcut keys, and input.performActions refuses the privileged (chrome) scope. Extension
// commands cannot be pressed from the driver there.
import type { Page } from 'puppeteer-core';

interface Key {
  code: string;
  key: string;
  /** Windows virtual-key code: what Chromium matches shortcuts against. */
  windowsVirtualKeyCode: number;
  /** X11/XKB key code (evdev + 8) on Linux, where these tests run. */
  nativeVirtualKeyCode: number;
  /** CDP modifier bit for modifier keys. */
  modifier?: number;
}

const MODIFIERS: Record<string, Key> = {
  Alt: { code: 'AltLeft', key: 'Alt', windowsVirtualKeyCode: 18, nativeVirtualKeyCode: 64, modifier: 1 },
  Ctrl: {
    code: 'ControlLeft',
    key: 'Control',
    windowsVirtualKeyCode: 17,
    nativeVirtualKeyCode: 37,
    modifier: 2,
  },
  Shift: {
    code: 'ShiftLeft',
    key: 'Shift',
    windowsVirtualKeyCode: 16,
    nativeVirtualKeyCode: 50,
    modifier: 8,
  },
};

// evdev codes of the letter rows of a US keyboard, left to right.
const ROWS: Array<[string, number]> = [
  ['QWERTYUIOP', 16],
  ['ASDFGHJKL', 30],
  ['ZXCVBNM', 44],
];

function keyFor(name: string): Key {
  const modifier = MODIFIERS[name];
  if (modifier) return modifier;
  for (const [letters, first] of ROWS) {
    const i = letters.indexOf(name.toUpperCase());
    if (name.length === 1 && i >= 0) {
      const upper = name.toUpperCase();
      return {
        code: `Key${upper}`,
        key: upper,
        windowsVirtualKeyCode: upper.charCodeAt(0),
        nativeVirtualKeyCode: first + i + 8,
      };
    }
  }
  const punctuation: Record<string, Key> = {
    Comma: { code: 'Comma', key: ',', windowsVirtualKeyCode: 188, nativeVirtualKeyCode: 59 },
    Period: { code: 'Period', key: '.', windowsVirtualKeyCode: 190, nativeVirtualKeyCode: 60 },
  };
  const found = punctuation[name];
  if (!found) throw new Error(`no key "${name}" in the test keyboard`);
  return found;
}

/**
 * Presses a shortcut as commands.getAll() spells it ("Alt+Shift+J") on the page, in Chromium: the
 * modifiers go down in order, the key goes down and up, the modifiers come up in reverse.
 */
export async function pressShortcutInChromium(page: Page, shortcut: string): Promise<void> {
  const keys = shortcut.split('+').map(keyFor);
  const key = keys.pop();
  if (!key) throw new Error('an empty shortcut');
  await page.bringToFront();
  const cdp = await page.createCDPSession();
  try {
    let modifiers = 0;
    const send = (type: 'rawKeyDown' | 'keyUp', k: Key) =>
      cdp.send('Input.dispatchKeyEvent', {
        type,
        modifiers,
        code: k.code,
        key: k.key,
        windowsVirtualKeyCode: k.windowsVirtualKeyCode,
        nativeVirtualKeyCode: k.nativeVirtualKeyCode,
      });
    for (const m of keys) {
      modifiers |= m.modifier ?? 0;
      await send('rawKeyDown', m);
    }
    await send('rawKeyDown', key);
    await send('keyUp', key);
    for (const m of keys.reverse()) {
      modifiers &= ~(m.modifier ?? 0);
      await send('keyUp', m);
    }
  } finally {
    await cdp.detach();
  }
}

type CommandsApi = { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } };

/** commands.getAll() read from an extension page: name → shortcut ('' when none is assigned). */
export function assignedShortcuts(ext: Page): Promise<Record<string, string>> {
  return ext.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: CommandsApi; chrome: CommandsApi };
    const all = await (scope.browser ?? scope.chrome).commands.getAll();
    return Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut ?? '']));
  });
}
