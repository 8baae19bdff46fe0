// When the card's frames go while no card or note shows. Chromium keeps no page holding an extension
// frame in its back/forward cache (the reason it gives is EmbedderExtensionFrame) and decides before
// pagehide, so frames left idle go: on leaving, on a press (it may be on a link), when the pointer
// leaves the page (it may be going to the Back button), and IDLE_RELEASE_MS after a card closed or was
// last said to be wanted. The next card makes them again.

const IDLE_RELEASE_MS = 5_000;

export class IdleFrames {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When a card was last said to be wanted soon: idle frames stay that long after it. */
  private wantedAt = 0;
  private readonly abort = new AbortController();

  /** `idle`: no card or note shows. `release`: the frames and their host go. */
  constructor(
    private readonly idle: () => boolean,
    private readonly release: () => void,
  ) {
    this.listen();
  }

  /**
   * Also after document.open(), which erases the listeners of the window, the document and its
   * elements (and makes a new root element): the same listeners added again, so never twice.
   */
  reattach(): void {
    this.listen();
  }

  private listen(): void {
    const { signal } = this.abort;
    if (signal.aborted) return;
    window.addEventListener('pagehide', this.onPageHide, { signal });
    // A press in the card is in its frame, never seen here.
    document.addEventListener('pointerdown', this.releaseIfIdle, { capture: true, passive: true, signal });
    document.documentElement?.addEventListener('pointerleave', this.releaseIfIdle, { passive: true, signal });
  }

  private readonly onPageHide = (): void => this.releaseNow();

  private readonly releaseIfIdle = (e: Event): void => {
    if (e.isTrusted && this.idle()) this.releaseNow();
  };

  /** A card may be wanted soon: the frames stay at least IDLE_RELEASE_MS from now. */
  wanted(): void {
    this.wantedAt = performance.now();
  }

  /** A card or note shows: nothing goes meanwhile. */
  busy(): void {
    this.cancel();
  }

  /** Nothing shows now: the frames go once that has lasted IDLE_RELEASE_MS. */
  releaseLater(delay = IDLE_RELEASE_MS): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.idle()) return;
      const left = this.wantedAt + IDLE_RELEASE_MS - performance.now();
      if (left > 0) this.releaseLater(left);
      else this.release();
    }, delay);
  }

  releaseNow(): void {
    this.cancel();
    this.release();
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.abort.abort();
    this.cancel();
  }
}
