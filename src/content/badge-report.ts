// The toolbar badge's number: the top frame tells the worker how many distinct names it marks.
// Marks come and go one at a time while a page is read in slices, so changes are gathered and only
// a different count is sent, at most once per REPORT_DELAY_MS.

const REPORT_DELAY_MS = 300;

export interface MarkCountReporter {
  /** A mark was added or removed (cheap: runs per mark). */
  changed(): void;
  /** The badge was cleared behind our back (a page restored from the back/forward cache): send again. */
  resend(): void;
}

export function reportMarkCount(
  count: () => number,
  send: (count: number) => Promise<unknown>,
  signal: AbortSignal,
): MarkCountReporter {
  // A fresh page has no badge, so nothing needs sending until something is marked.
  let sent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    const now = count();
    if (now === sent) return;
    sent = now;
    // The caller's send handles a gone extension; nothing is left to do here when it fails.
    send(now).catch(() => undefined);
  };
  const changed = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(flush, REPORT_DELAY_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer));
  return {
    changed,
    resend() {
      sent = 0;
      changed();
    },
  };
}
