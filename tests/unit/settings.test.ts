import { describe, expect, it } from 'vitest';
import {
  isMarkingActive,
  isSiteDisabled,
  mergeSettings,
  normaliseSitePattern,
  readSettings,
  SETTINGS_DEFAULTS,
  SETTINGS_SCHEMA_VERSION,
} from '../../src/core/settings';

describe('readSettings', () => {
  it('gives the defaults for nothing stored, or for garbage', () => {
    for (const stored of [undefined, null, 42, 'x', [], { markingEnabled: 'yes' }]) {
      expect(readSettings(stored)).toEqual(SETTINGS_DEFAULTS);
    }
  });

  it('migrates a version-0 object (no schemaVersion) and keeps its valid fields', () => {
    const migrated = readSettings({
      markingEnabled: false,
      hoverDelayMs: 250,
      disabledSites: ['Example.COM'],
    });
    expect(migrated).toEqual({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      markingEnabled: false,
      hoverDelayMs: 250,
      disabledSites: ['example.com'],
    });
  });

  it('repairs each field on its own', () => {
    const repaired = readSettings({
      schemaVersion: 1,
      markingEnabled: false,
      hoverDelayMs: Number.NaN,
      disabledSites: ['https://news.example.org/path?q=1', 7, '', 'not a host!', 'news.example.org'],
    });
    expect(repaired.markingEnabled).toBe(false);
    expect(repaired.hoverDelayMs).toBe(SETTINGS_DEFAULTS.hoverDelayMs);
    expect(repaired.disabledSites).toEqual(['news.example.org']);
  });

  it('clamps the hover delay', () => {
    expect(readSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(readSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(3000);
  });

  it('reads settings written by a newer version without throwing', () => {
    expect(readSettings({ schemaVersion: 99, markingEnabled: false, future: true }).markingEnabled).toBe(
      false,
    );
  });

  it('ignores inherited or polluting keys', () => {
    const hostile = JSON.parse('{"__proto__": {"markingEnabled": false}, "hoverDelayMs": 100}');
    const settings = readSettings(hostile);
    expect(settings.markingEnabled).toBe(true);
    expect(settings.hoverDelayMs).toBe(100);
    expect(({} as Record<string, unknown>).markingEnabled).toBeUndefined();
  });
});

describe('mergeSettings', () => {
  it('applies a patch through the same repair', () => {
    const next = mergeSettings(SETTINGS_DEFAULTS, { hoverDelayMs: 99999, disabledSites: ['*.Example.com'] });
    expect(next.hoverDelayMs).toBe(3000);
    expect(next.disabledSites).toEqual(['example.com']);
  });
});

describe('site patterns', () => {
  it('normalises what people paste', () => {
    expect(normaliseSitePattern(' HTTPS://www.Example.com:8080/a ')).toBe('www.example.com');
    expect(normaliseSitePattern('*.example.com')).toBe('example.com');
    expect(normaliseSitePattern('javascript:alert(1)')).toBe('');
    expect(normaliseSitePattern('a b')).toBe('');
  });

  it('matches a host and its subdomains, not look-alikes', () => {
    expect(isSiteDisabled('example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('news.example.com', ['example.com'])).toBe(true);
    expect(isSiteDisabled('badexample.com', ['example.com'])).toBe(false);
    expect(isSiteDisabled('example.com.evil.org', ['example.com'])).toBe(false);
  });

  it('combines the switch and the site list', () => {
    expect(isMarkingActive(SETTINGS_DEFAULTS, 'example.com')).toBe(true);
    expect(isMarkingActive({ ...SETTINGS_DEFAULTS, markingEnabled: false }, 'example.com')).toBe(false);
    expect(isMarkingActive({ ...SETTINGS_DEFAULTS, disabledSites: ['example.com'] }, 'a.example.com')).toBe(
      false,
    );
  });
});
