// The popup page opened as a tab, at the size a toolbar popup has, and what a reader of it sees:
// which boxes are inside the viewport and where the keyboard focus is.
import type { Page } from 'puppeteer-core';
import { tabIdOf } from './extension-page';
import type { Session } from './session';

/** Chromium caps a toolbar popup at 600 px high; the popup's body is 380 px wide (popup.css). */
export const POPUP_VIEWPORT = { width: 400, height: 600 } as const;

export async function openPopup(
  session: Session,
  options: { tabId?: number; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const query = options.tabId === undefined ? '' : `?tab=${options.tabId}`;
  const popup = await session.open(`${session.extensionOrigin}/src/popup/index.html${query}`);
  await popup.setViewport({ ...(options.viewport ?? POPUP_VIEWPORT) });
  await popup.waitForSelector('#search');
  return popup;
}

/** The id of the tab showing `path` on the fixture server, read from an extension page. */
export async function fixtureTabId(session: Session, path: string): Promise<number> {
  const probe = await session.open(`${session.extensionOrigin}/src/popup/index.html`);
  const id = await tabIdOf(probe, `${session.origin}${path}`);
  await probe.close();
  if (id === undefined) throw new Error(`no tab shows ${path}`);
  return id;
}

export interface InView {
  top: number;
  bottom: number;
  viewport: number;
  /** The element's top edge and its first line (its heading) are inside the viewport. */
  headVisible: boolean;
  /** document.activeElement is inside the element. */
  focused: boolean;
}

/** Where `selector` sits against the viewport, and whether focus is inside it. */
export function inView(page: Page, selector: string, head: string): Promise<InView> {
  return page.evaluate(
    (sel, headSel) => {
      const el = document.querySelector(sel);
      const box = el?.getBoundingClientRect();
      const headBox = el?.querySelector(headSel)?.getBoundingClientRect();
      const h = window.innerHeight;
      return {
        top: box?.top ?? Number.NaN,
        bottom: box?.bottom ?? Number.NaN,
        viewport: h,
        headVisible: !!box && !!headBox && box.top > -1 && box.top < h && headBox.bottom <= h,
        focused: !!el && el.contains(document.activeElement),
      };
    },
    selector,
    head,
  );
}
