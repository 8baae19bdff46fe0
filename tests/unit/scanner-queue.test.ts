// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkStore } from '../../src/content/highlighter';
import { MAX_MARKS } from '../../src/content/limits';
import { outermost } from '../../src/content/mutation-watcher';
import { Scanner } from '../../src/content/scanner';
import { buildMatcher, type Matcher } from '../../src/core/match';

// The content script captures Node.prototype.contains when its modules load (dom-refs.ts), so a spy
// set later would count nothing: the counter goes in before any import.
const containsCalls = vi.hoisted(() => {
  const calls = { count: 0 };
  const original = Node.prototype.contains;
  Node.prototype.contains = function (this: Node, other: Node | null) {
    calls.count++;
    return original.call(this, other);
  };
  return calls;
});

// happy-dom has no StaticRange; the browser's is a plain record of its four boundary fields.
if (typeof globalThis.StaticRange !== 'function') {
  globalThis.StaticRange = class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    readonly collapsed: boolean;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
      this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
    }
  } as unknown as typeof StaticRange;
}

const matcher = buildMatcher([
  { alias: 'Putin', entityId: 'vladimir-putin' },
  { alias: 'NATO', entityId: 'nato' },
]);

/** Counts the matcher's scans: text that is matched. */
function countingMatcher(): { matcher: Matcher; scans: () => number } {
  let scans = 0;
  return {
    matcher: {
      ...matcher,
      scan: (text: string) => {
        scans++;
        return matcher.scan(text);
      },
    },
    scans: () => scans,
  };
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** Resolves once the scanner has read everything queued. */
async function settled(scanner: Scanner): Promise<void> {
  await vi.waitFor(
    () => {
      if (scanner.reading) throw new Error('still reading');
    },
    { timeout: 10_000, interval: 5 },
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('Scanner queue', () => {
  it('compares an added root with its ancestors only, not with every queued root', async () => {
    const store = new MarkStore();
    const scanner = new Scanner(store, () => true);
    scanner.setMatcher(matcher);
    const feed = document.createElement('div');
    document.body.append(feed);
    // An infinite-scroll page: paragraphs appended faster than they are read, one mutation each.
    const count = 2_000;
    containsCalls.count = 0;
    for (let i = 0; i < count; i++) {
      const p = paragraph(`Item ${i}: Putin spoke to NATO.`);
      feed.append(p);
      scanner.enqueue([p]);
    }
    // Comparing with the whole queue would be count² / 2 = 2,000,000 calls.
    expect(containsCalls.count).toBeLessThan(count * 2);
    await settled(scanner);
    expect(store.size).toBe(count * 2);
    scanner.cancel();
  });

  it('still merges a root into a queued ancestor, and an ancestor over queued roots inside it', async () => {
    const store = new MarkStore();
    const counting = countingMatcher();
    const scanner = new Scanner(store, () => true);
    scanner.setMatcher(counting.matcher);
    const section = document.createElement('section');
    const inner = paragraph('Putin and NATO.');
    section.append(inner, paragraph('NATO again.'));
    document.body.append(section);
    // Inner first, then its section: the inner job is dropped, the section reads both once.
    scanner.enqueue([inner]);
    scanner.enqueue([section]);
    // And a root inside an already queued one adds nothing.
    scanner.enqueue([inner.firstChild as Node]);
    await settled(scanner);
    expect(store.size).toBe(3);
    expect(counting.scans()).toBe(2);
    scanner.cancel();
  });

  it('stops reading and matching text once the page holds MAX_MARKS', async () => {
    const store = new MarkStore();
    const counting = countingMatcher();
    const scanner = new Scanner(store, () => true);
    scanner.setMatcher(counting.matcher);
    // Each paragraph holds 100 mentions: the cap is reached after MAX_MARKS / 100 of them.
    const line = Array.from({ length: 50 }, () => 'Putin met NATO.').join(' ');
    const full = MAX_MARKS / 100;
    const paragraphs = Array.from({ length: full * 3 }, () => paragraph(line));
    document.body.append(...paragraphs);
    scanner.scanPage(document.body, []);
    await settled(scanner);
    expect(store.size).toBe(MAX_MARKS);
    const scansAtCap = counting.scans();
    expect(scansAtCap).toBeLessThanOrEqual(full + 1);
    // More text arrives (infinite scroll): it is neither walked nor matched while the page is full.
    for (let i = 0; i < 200; i++) {
      const p = paragraph(line);
      document.body.append(p);
      scanner.enqueue([p]);
    }
    await settled(scanner);
    expect(counting.scans()).toBe(scansAtCap);
    expect(store.size).toBe(MAX_MARKS);
    scanner.cancel();
  });
});

describe('mutation batches', () => {
  it('keeps thousands of appended blocks as they are instead of widening to the whole page', () => {
    const feed = document.createElement('div');
    document.body.append(feed);
    const blocks = Array.from({ length: 3_000 }, (_, i) => paragraph(`Item ${i}`));
    feed.append(...blocks);
    const inner = document.createElement('b');
    (blocks[0] as HTMLElement).append(inner);
    containsCalls.count = 0;
    const roots = outermost(new Set<Node>([...blocks, inner]));
    expect(roots).toEqual(blocks);
    expect(containsCalls.count).toBe(0);
  });
});
