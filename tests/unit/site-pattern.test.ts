import { describe, expect, it } from 'vitest';
import { parseSitePattern, siteCoverage } from '../../src/core/site-pattern';

describe('parseSitePattern', () => {
  it('reads a site and says it covers the site and its subdomains', () => {
    expect(parseSitePattern('example.com')).toEqual({
      ok: true,
      host: 'example.com',
      covers: 'example.com and all its subdomains',
      rewritten: false,
    });
    expect(parseSitePattern('bbc.co.uk')).toMatchObject({ ok: true, host: 'bbc.co.uk', rewritten: false });
    expect(parseSitePattern('localhost')).toMatchObject({ ok: true, host: 'localhost' });
  });

  it('says when what is stored differs from what was typed (a wildcard, a scheme, a path)', () => {
    expect(parseSitePattern('*.example.com')).toEqual({
      ok: true,
      host: 'example.com',
      covers: 'example.com and all its subdomains',
      rewritten: true,
    });
    expect(parseSitePattern(' HTTPS://News.Example.com/world?x=1 ')).toMatchObject({
      ok: true,
      host: 'news.example.com',
      rewritten: true,
    });
  });

  it('covers only the address itself for an IP address', () => {
    expect(parseSitePattern('127.0.0.1')).toMatchObject({ ok: true, covers: 'only 127.0.0.1' });
  });

  it('refuses a bare top-level domain, however it is written', () => {
    for (const entry of ['.com', 'com', '*.com', 'https://com/', 'COM.']) {
      const parsed = parseSitePattern(entry);
      expect(parsed, entry).toEqual({
        ok: false,
        error: expect.stringContaining('whole top-level domain: it would cover every site ending in .com'),
      });
    }
    expect(parseSitePattern('.com')).toEqual({
      ok: false,
      error:
        '“.com” is a whole top-level domain: it would cover every site ending in .com. Enter one site, such as example.com.',
    });
  });

  it('refuses a suffix that a registry shares out (co.uk, com.au, ac.jp)', () => {
    for (const entry of ['co.uk', '.co.uk', 'com.au', '*.ac.jp'])
      expect(parseSitePattern(entry), entry).toMatchObject({
        ok: false,
        error: expect.stringContaining('shared by every site ending in'),
      });
    // Near-misses: a real site with a two-letter top-level domain, and a site named "co".
    expect(parseSitePattern('bit.ly')).toMatchObject({ ok: true, host: 'bit.ly' });
    expect(parseSitePattern('co.com')).toMatchObject({ ok: true, host: 'co.com' });
  });

  it('refuses what is not a host name, and an empty entry', () => {
    expect(parseSitePattern('not a host!')).toMatchObject({
      ok: false,
      error: expect.stringContaining('is not a site name'),
    });
    expect(parseSitePattern('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(parseSitePattern('   ')).toEqual({ ok: false, error: 'Enter a site, such as example.com.' });
  });
});

describe('siteCoverage', () => {
  it('puts a stored pattern in words, including a bare domain stored by an older version', () => {
    expect(siteCoverage('news.example.org')).toBe('news.example.org and all its subdomains');
    expect(siteCoverage('com')).toBe('every site ending in .com');
  });
});
