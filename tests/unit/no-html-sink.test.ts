import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findHtmlSink, removePreactSink } from '../../scripts/no-html-sink.mjs';

const preactDist = createRequire(import.meta.url).resolve('preact');

describe('no HTML sink in the bundle', () => {
  it("replaces preact's one innerHTML assignment with a refusal", () => {
    const code = readFileSync(preactDist, 'utf8');
    expect(findHtmlSink(code)).not.toBeNull();
    const cleaned = removePreactSink(code, preactDist);
    expect(findHtmlSink(cleaned)).toBeNull();
    expect(cleaned).toContain('Factlens renders no HTML strings');
  });

  it('fails loudly when preact changes and the sink is not where it was', () => {
    expect(() => removePreactSink('export const h = 1;')).toThrow(
      /expected preact's one innerHTML assignment/,
    );
  });

  it('sees assignments, not comparisons or reads', () => {
    expect(findHtmlSink('a.innerHTML==b')).toBeNull();
    expect(findHtmlSink('x=a.innerHTML;')).toBeNull();
    expect(findHtmlSink('a.innerHTML = b')).not.toBeNull();
    expect(findHtmlSink('a.outerHTML=b')).not.toBeNull();
  });
});
