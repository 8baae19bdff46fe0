// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAUSE, RunWalker, type WalkFilter } from '../../src/content/text-index';
import type { Match } from '../../src/core/match';

const PAGE = `
<p>Vladimir <b>Putin</b> met <i>Xi</i> in <a href="#">Astana</a>.</p>
<div>Before the talks<p>an inner paragraph</p>after it<br>and a last line</div>
<p>Seen <span hidden>hidden words</span> and <em>stressed</em> words.</p>
<p>A field <textarea>typed text</textarea> in a sentence.</p>
<section><h2>A <strong>heading</strong></h2><p>Text with a <x-widget>custom</x-widget> element.</p></section>
<p>Editable <span contenteditable="true">draft</span> text.</p>
<p></p>`;

const mention = (text: string, start: number, end: number): Match => ({
  start,
  end,
  entityId: 'test',
  alias: text.slice(start, end),
});

interface Seen {
  text: string;
  nodes: string[];
  block: string;
}

function runsOf(filter: WalkFilter = {}, shadows: ShadowRoot[] = []): Seen[] {
  const out: Seen[] = [];
  const walker = new RunWalker(document.body, (root) => shadows.push(root), filter);
  for (let run = walker.next(); run; run = walker.next()) {
    if (run === PAUSE) continue;
    out.push({
      text: run.text,
      nodes: run.nodes.map((n) => n.data),
      block: (run.block as Element).localName ?? '#',
    });
    expect(run.starts).toEqual(
      run.nodes.map((_, i) => run.nodes.slice(0, i).reduce((s, n) => s + n.length, 0)),
    );
  }
  return out;
}

describe('RunWalker', () => {
  it('reads a block of text and inline formatting whole with the same runs as a node-by-node walk', () => {
    document.body.innerHTML = PAGE;
    const walked = runsOf();
    const read = runsOf({ mentionsIn: (text) => [mention(text, 0, text.length)] });
    expect(read).toEqual(walked);
    expect(walked.map((r) => r.text)).toContain('Vladimir Putin met Xi in Astana.');
    expect(walked.find((r) => r.text.startsWith('Vladimir'))?.nodes).toEqual([
      'Vladimir ',
      'Putin',
      ' met ',
      'Xi',
      ' in ',
      'Astana',
      '.',
    ]);
    // Hidden, form and editable text never joins a run; a block or <br> ends one.
    const all = walked.map((r) => r.text).join('|');
    for (const absent of ['hidden words', 'typed text', 'draft']) expect(all).not.toContain(absent);
    expect(walked.map((r) => r.text)).toEqual(
      expect.arrayContaining(['Before the talks', 'an inner paragraph', 'after it', 'and a last line']),
    );
  });

  it('skips the blocks that cannot mention anything without reading their nodes', () => {
    document.body.innerHTML = PAGE;
    const asked: string[] = [];
    const runs = runsOf({
      mentionsIn: (text) => {
        asked.push(text);
        const at = text.indexOf('Putin');
        return at >= 0 ? [mention(text, at, at + 5)] : [];
      },
    });
    const texts = runs.map((r) => r.text);
    expect(texts).toContain('Vladimir Putin met Xi in Astana.');
    // Read only as far as the last mention: the nodes after "Putin" are not needed for any mark.
    expect(runs.find((r) => r.text.startsWith('Vladimir'))?.nodes).toEqual(['Vladimir ', 'Putin']);
    expect(texts).not.toContain('A heading');
    expect(asked).toContain('A heading');
    // Blocks holding a hidden, editable, form or custom element are always walked node by node.
    expect(asked.some((t) => t.includes('Seen'))).toBe(false);
    expect(texts).toContain('Editable ');
    // Custom elements join runs like <span> but may grow a shadow root: always walked.
    expect(asked).not.toContain('Text with a custom element.');
    expect(texts).toContain('Text with a custom element.');
  });

  it('still reports a shadow root hosted by a span inside a block read whole', () => {
    document.body.innerHTML = '<p>Plain words and <span id="host"></span> more.</p>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>Kyiv</b>';
    const shadows: ShadowRoot[] = [];
    expect(runsOf({ mentionsIn: () => [] }, shadows)).toEqual([]);
    expect(shadows).toEqual([shadow]);
  });
});
