// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../src/content/highlight-style';
import type { Mark } from '../../src/content/highlighter';
import { compareMarks, stepMark } from '../../src/content/mark-order';

function marksIn(html: string): Mark[] {
  document.body.innerHTML = html;
  const out: Mark[] = [];
  for (const p of document.querySelectorAll('p')) {
    const text = p.firstChild as Text;
    for (const m of text.data.matchAll(/[A-Z]\w*/g)) {
      const range = {
        startContainer: text,
        startOffset: m.index,
        endContainer: text,
        endOffset: m.index + m[0].length,
      };
      out.push({
        range: range as unknown as StaticRange,
        entityId: m[0].toLowerCase(),
        alias: m[0],
        nodes: [text],
      });
    }
  }
  return out;
}

describe('marks in document order', () => {
  it('orders by node, then offset', () => {
    const [a, b, c] = marksIn('<p>Ann and Bob</p><p>Cid</p>') as [Mark, Mark, Mark];
    expect(compareMarks(a, b)).toBeLessThan(0);
    expect(compareMarks(c, b)).toBeGreaterThan(0);
  });

  it('steps forward and back with wrapping, whatever order the store holds them in', () => {
    const marks = marksIn('<p>Ann and Bob</p><p>Cid</p>');
    const [a, b, c] = marks as [Mark, Mark, Mark];
    const scanOrder = [c, a, b];
    expect(stepMark(scanOrder, null, 1)).toBe(a);
    expect(stepMark(scanOrder, null, -1)).toBe(c);
    expect(stepMark(scanOrder, a, 1)).toBe(b);
    expect(stepMark(scanOrder, c, 1)).toBe(a);
    expect(stepMark(scanOrder, a, -1)).toBe(c);
  });

  it('orders marks inside open shadow roots by where the page shows them', () => {
    document.body.innerHTML = '<p>Ann</p><x-a id="a"><p>Dee</p></x-a><p>Bob</p><x-b id="b"></x-b>';
    const shadowA = (document.getElementById('a') as HTMLElement).attachShadow({ mode: 'open' });
    shadowA.innerHTML = '<p>Cid</p><x-c id="c"></x-c>';
    const shadowC = (shadowA.getElementById('c') as HTMLElement).attachShadow({ mode: 'open' });
    shadowC.innerHTML = '<p>Cyd</p>';
    const shadowB = (document.getElementById('b') as HTMLElement).attachShadow({ mode: 'open' });
    shadowB.innerHTML = '<p>Eve</p>';
    const markOn = (p: Element): Mark => {
      const text = p.firstChild as Text;
      return {
        range: {
          startContainer: text,
          startOffset: 0,
          endContainer: text,
          endOffset: text.length,
        } as unknown as StaticRange,
        entityId: text.data.toLowerCase(),
        alias: text.data,
        nodes: [text],
      };
    };
    const [ann, dee, bob] = [...document.querySelectorAll('p')].map(markOn) as [Mark, Mark, Mark];
    const cid = markOn(shadowA.querySelector('p') as Element);
    const cyd = markOn(shadowC.querySelector('p') as Element);
    const eve = markOn(shadowB.querySelector('p') as Element);
    // A host's shadow tree is drawn in place of its children: Cid and Cyd come before Dee.
    const inPageOrder = [ann, cid, cyd, dee, bob, eve];
    const shuffled = [eve, dee, cyd, bob, ann, cid];
    const walked: string[] = [];
    let at: Mark | null = null;
    for (let i = 0; i < inPageOrder.length; i++) {
      at = stepMark(shuffled, at, 1);
      walked.push(at?.alias ?? '');
    }
    expect(walked).toEqual(inPageOrder.map((m) => m.alias));
    expect(compareMarks(eve, cid)).toBeGreaterThan(0);
    expect(compareMarks(cyd, dee)).toBeLessThan(0);
  });

  it('steps through one entity only, staying on a lone mention', () => {
    const marks = marksIn('<p>Ann met Bob</p><p>Ann left</p>');
    const [a1, , a2] = marks as [Mark, Mark, Mark];
    const isAnn = (m: Mark) => m.entityId === 'ann';
    expect(stepMark(marks, a1, 1, isAnn)).toBe(a2);
    expect(stepMark(marks, a2, 1, isAnn)).toBe(a1);
    expect(stepMark(marks.slice(0, 2), a1, 1, isAnn)).toBe(a1);
    expect(stepMark(marks, null, 1, (m) => m.entityId === 'zed')).toBeNull();
  });
});

describe('highlight style', () => {
  it('uses the stored colour, lifted and stronger on dark pages', () => {
    const light = highlightCss({ kind: 'underline', color: '#aa3300' }, false);
    expect(light).toContain('underline dotted 2px rgb(170 51 0)');
    const dark = highlightCss({ kind: 'background', color: '#aa3300' }, true);
    expect(dark).not.toContain('dotted');
    expect(dark).not.toContain('rgb(170 51 0');
    expect(dark).toMatch(/background-color: rgb\(\d+ \d+ \d+ \/ 0\.38\)/);
  });

  it('never lets a malformed colour into the sheet', () => {
    expect(highlightCss({ kind: 'underline', color: 'red;} body{display:none' }, false)).not.toContain(
      'display',
    );
  });
});
