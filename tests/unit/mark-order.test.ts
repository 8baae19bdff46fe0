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
