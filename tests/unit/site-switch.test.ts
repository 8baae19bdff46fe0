import { describe, expect, it } from 'vitest';
import { isMarkingActive, mergeSettings, readSettings, type Settings } from '../../src/core/settings';
import { isSiteAllowed, siteStatus, withSiteOff, withSiteOn } from '../../src/core/site-switch';
import { stateText } from '../../src/popup/SiteSwitches';

const settings = (patch: Partial<Settings> = {}) => mergeSettings(readSettings({}), patch);

describe('site switch', () => {
  it('names why marking is off: paused first, then the stay-off list, then the only list', () => {
    expect(siteStatus(settings(), 'news.example.com').kind).toBe('on');
    expect(siteStatus(settings({ markingEnabled: false }), 'a.example').kind).toBe('paused');
    expect(siteStatus(settings({ disabledSites: ['example.com'] }), 'news.example.com').kind).toBe(
      'site-off',
    );
    expect(siteStatus(settings({ siteMode: 'only', onlySites: ['b.example'] }), 'a.example').kind).toBe(
      'not-listed',
    );
    // The site lists still allow it while paused: the site switch shows on, the line says paused.
    expect(isSiteAllowed(settings({ markingEnabled: false }), 'a.example')).toBe(true);
  });

  it('agrees with isMarkingActive on every status', () => {
    const cases = [
      settings(),
      settings({ markingEnabled: false }),
      settings({ disabledSites: ['a.example'] }),
      settings({ siteMode: 'only', onlySites: ['b.example'] }),
      settings({ siteMode: 'only', onlySites: ['a.example'], disabledSites: ['a.example'] }),
    ];
    for (const s of cases)
      expect(siteStatus(s, 'a.example').kind === 'on').toBe(isMarkingActive(s, 'a.example'));
  });

  it('turns a site back on by dropping every stay-off entry that covers it', () => {
    const off = settings({ disabledSites: ['example.com', 'news.example.com', 'other.example'] });
    const on = withSiteOn(off, 'news.example.com');
    expect(on.disabledSites).toEqual(['other.example']);
    expect(isMarkingActive(on, 'news.example.com')).toBe(true);
    expect(on.markingEnabled).toBe(true);
  });

  it('in only-these-sites mode adds the host to the list, and off then on round-trips', () => {
    const only = settings({ siteMode: 'only', onlySites: ['b.example'] });
    const on = withSiteOn(only, 'A.Example');
    expect(on.onlySites).toEqual(['b.example', 'a.example']);
    expect(isMarkingActive(on, 'a.example')).toBe(true);
    const off = withSiteOff(on, 'a.example');
    expect(off.onlySites).toEqual(['b.example']);
    expect(isMarkingActive(off, 'a.example')).toBe(false);
  });

  it('leaves the global switch alone', () => {
    const paused = settings({ markingEnabled: false, disabledSites: ['a.example'] });
    expect(withSiteOn(paused, 'a.example').markingEnabled).toBe(false);
    expect(withSiteOff(settings({ markingEnabled: false }), 'a.example').markingEnabled).toBe(false);
  });

  it('says the state in words a reader can act on', () => {
    expect(stateText(settings(), '127.0.0.1')).toBe('Factlens is on for 127.0.0.1.');
    expect(stateText(settings(), '127.0.0.1', 12)).toBe(
      'Factlens is on for 127.0.0.1: 12 names marked on this tab.',
    );
    expect(stateText(settings(), '127.0.0.1', 1)).toContain(': 1 name marked');
    expect(stateText(settings({ markingEnabled: false }), '127.0.0.1', 12)).toContain('paused everywhere');
    expect(stateText(settings({ disabledSites: ['127.0.0.1'] }), '127.0.0.1')).toContain('off for 127.0.0.1');
    expect(stateText(settings({ siteMode: 'only' }), 'a.example')).toContain('only on the sites you list');
    expect(stateText(settings({ markingEnabled: false }), 'a.example')).toContain('paused everywhere');
    expect(stateText(settings({ markingEnabled: false }), null)).toContain('paused everywhere');
    expect(stateText(settings(), null)).toBeNull();
  });
});
