// Pages with small iframes holding a seed name: one frame from the page's own origin, one from a
// second origin (another loopback port, the only other origin the harness lets through).
import { servePages } from '../../../scripts/serve-pages.mjs';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** 60 px tall: a card drawn inside would show little more than its top edge. */
export const FRAME_HEIGHT = 60;

const INNER = page(
  'Small frame',
  `<p style="margin:8px;font:16px/1.4 sans-serif">In this frame, Vladimir Putin met the press.</p>`,
);

const outer = (sameOrigin: string, otherOrigin: string) =>
  page(
    'Page with small frames',
    `<main style="font:16px/1.5 sans-serif;margin:16px">
  <p>Nothing to mark above the frames.</p>
  <iframe id="same" title="same-origin frame" src="${sameOrigin}/frame-inner" style="display:block;width:520px;height:${FRAME_HEIGHT}px;border:1px solid #888"></iframe>
  <p>Between the frames.</p>
  <iframe id="other" title="second-origin frame" src="${otherOrigin}/frame-inner" style="display:block;width:520px;height:${FRAME_HEIGHT}px;border:1px solid #888"></iframe>
  <div style="height:900px"></div>
</main>`,
  );

export interface FrameServers {
  /** The page with both frames, on the first origin. */
  url: string;
  sameOrigin: string;
  otherOrigin: string;
  /** Waits for the browser's connections to end: call it once the browser is closed. */
  close(): Promise<void>;
}

export async function serveFramePages(): Promise<FrameServers> {
  const other = await servePages({ '/frame-inner': INNER });
  // The outer page names the other server's origin, so it is served once that port is known.
  const pages: Record<string, string> = { '/frame-inner': INNER };
  const first = await servePages(pages);
  pages['/frames'] = outer(first.origin, other.origin);
  return {
    url: `${first.origin}/frames`,
    sameOrigin: first.origin,
    otherOrigin: other.origin,
    close: async () => {
      await first.close();
      await other.close();
    },
  };
}
