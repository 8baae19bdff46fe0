import { describe, expect, it } from 'vitest';
import { isHttpUrl, webHostOf } from '../../src/core/text/http-url';

describe('web addresses', () => {
  it('links only absolute http(s) addresses', () => {
    expect(isHttpUrl('https://example.com/a')).toBe(true);
    expect(isHttpUrl('http://127.0.0.1:8080/')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'example.com', ''])
      expect(isHttpUrl(bad)).toBe(false);
  });

  it('gives the host of a web page and nothing for browser pages or junk', () => {
    expect(webHostOf('https://news.example.com/story?id=1')).toBe('news.example.com');
    expect(webHostOf('http://127.0.0.1:4000/article')).toBe('127.0.0.1');
    for (const other of [
      'about:blank',
      'chrome://extensions',
      'moz-extension://x/p.html',
      'file:///a',
      'nope',
      undefined,
    ])
      expect(webHostOf(other)).toBeNull();
  });
});
