import { describe, expect, it } from 'vitest';
import {
  isEntityMarked,
  isMarkingActive,
  isSiteListed,
  mergeSettings,
  normaliseSitePattern,
  readSettings,
  SETTINGS_DEFAULTS,
  SETTINGS_SCHEMA_VERSION,
} from '../../src/core/settings';

/** One stored example per schema version, as that version's build wrote it. */
const STORED_BY_VERSION: Record<number, Record<string, unknown>> = {
  0: { markingEnabled: false, hoverDelayMs: 250, disabledSites: ['Example.COM'] },
  1: { schemaVersion: 1, markingEnabled: false, hoverDelayMs: 250, disabledSites: ['Example.COM'] },
};

describe('settings migrations', () => {
  it('has an example for every earlier version', () => {
    expect(SETTINGS_SCHEMA_VERSION).toBe(2);
    for (let v = 0; v < SETTINGS_SCHEMA_VERSION; v++)
      expect(STORED_BY_VERSION[v], `version ${v}`).toBeDefined();
  });

  it.each([0, 1])('migrates version %i to the latest, keeping what the reader chose', (version) => {
    const migrated = readSettings(STORED_BY_VERSION[version]);
    expect(migrated).toEqual({
      ...SETTINGS_DEFAULTS,
      markingEnabled: false,
      hoverDelayMs: 250,
      disabledSites: ['example.com'],
    });
    expect(migrated.schemaVersion).toBe(SETTINGS_SCHEMA_VERSION);
    // The migrated object is stable: reading it again changes nothing.
    expect(readSettings(migrated)).toEqual(migrated);
  });

  it('keeps version-1 sites meaning "stay off here"', () => {
    const migrated = readSettings(STORED_BY_VERSION[1]);
    expect(migrated.siteMode).toBe('all-except');
    expect(isMarkingActive({ ...migrated, markingEnabled: true }, 'news.example.com')).toBe(false);
    expect(isMarkingActive({ ...migrated, markingEnabled: true }, 'other.org')).toBe(true);
  });

  it('does not let a version-1 object smuggle in version-2 values the migration defines', () => {
    const migrated = readSettings({ schemaVersion: 1, siteMode: 'only', onlySites: ['a.org'] });
    expect(migrated.siteMode).toBe('all-except');
    expect(migrated.onlySites).toEqual([]);
  });
});

describe('readSettings', () => {
  it('gives the defaults for nothing stored, or for garbage', () => {
    for (const stored of [
      undefined,
      null,
      42,
      'x',
      [],
      { markingEnabled: 'yes' },
      { schemaVersion: Number.NaN },
    ]) {
      expect(readSettings(stored)).toEqual(SETTINGS_DEFAULTS);
    }
  });

  it('repairs each field on its own', () => {
    const repaired = readSettings({
      schemaVersion: 2,
      markingEnabled: false,
      siteMode: 'sometimes',
      hoverDelayMs: Number.NaN,
      disabledSites: ['https://news.example.org/path?q=1', 7, '', 'not a host!', 'news.example.org'],
      onlySites: 'example.org',
      markTypes: ['place', 'dragon', 'person', 'place'],
      markStyle: { kind: 'blink', color: 'url(https://evil.example/x)' },
      firstMentionOnly: 'yes',
      mutedEntities: ['vladimir-putin', 3, '', 'x'.repeat(500), 'vladimir-putin'],
    });
    expect(repaired).toEqual({
      ...SETTINGS_DEFAULTS,
      markingEnabled: false,
      disabledSites: ['news.example.org'],
      markTypes: ['person', 'place'],
      mutedEntities: ['vladimir-putin'],
    });
  });

  it('accepts short and upper-case colours, and an empty type list', () => {
    const s = readSettings({
      schemaVersion: 2,
      markStyle: { kind: 'background', color: '#ABC' },
      markTypes: [],
    });
    expect(s.markStyle).toEqual({ kind: 'background', color: '#aabbcc' });
    expect(s.markTypes).toEqual([]);
  });

  it('clamps the hover delay', () => {
    expect(readSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(readSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(3000);
  });

  it('reads settings written by a newer version without throwing', () => {
    const s = readSettings({ schemaVersion: 99, markingEnabled: false, siteMode: 'only', future: true });
    expect(s.markingEnabled).toBe(false);
    expect(s.siteMode).toBe('only');
    expect(s).not.toHaveProperty('future');
  });

  it('ignores inherited or polluting keys', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"markingEnabled": false}, "hoverDelayMs": 100, "markStyle": {"__proto__": {"kind": "background"}}}',
    );
    const settings = readSettings(hostile);
    expect(settings.markingEnabled).toBe(true);
    expect(settings.hoverDelayMs).toBe(100);
    expect(settings.markStyle.kind).toBe('underline');
    expect(({} as Record<string, unknown>).markingEnabled).toBeUndefined();
  });
});

describe('mergeSettings', () => {
  it('applies a patch through the same repair', () => {
    const next = mergeSettings(SETTINGS_DEFAULTS, { hoverDelayMs: 99999, disabledSites: ['*.Example.com'] });
    expect(next.hoverDelayMs).toBe(3000);
    expect(next.disabledSites).toEqual(['example.com']);
  });

  it('never shares arrays with the defaults object', () => {
    const next = mergeSettings(SETTINGS_DEFAULTS, {});
    next.markTypes.pop();
    expect(SETTINGS_DEFAULTS.markTypes).toHaveLength(4);
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
    expect(isSiteListed('example.com', ['example.com'])).toBe(true);
    expect(isSiteListed('news.example.com', ['example.com'])).toBe(true);
    expect(isSiteListed('badexample.com', ['example.com'])).toBe(false);
    expect(isSiteListed('example.com.evil.org', ['example.com'])).toBe(false);
  });

  it('combines the switch, the mode and both site lists', () => {
    const d = SETTINGS_DEFAULTS;
    expect(isMarkingActive(d, 'example.com')).toBe(true);
    expect(isMarkingActive({ ...d, markingEnabled: false }, 'example.com')).toBe(false);
    expect(isMarkingActive({ ...d, disabledSites: ['example.com'] }, 'a.example.com')).toBe(false);
    const only = { ...d, siteMode: 'only' as const, onlySites: ['example.com'] };
    expect(isMarkingActive(only, 'a.example.com')).toBe(true);
    expect(isMarkingActive(only, 'other.org')).toBe(false);
    expect(isMarkingActive({ ...only, disabledSites: ['a.example.com'] }, 'a.example.com')).toBe(false);
    // The only-list is ignored in the other mode.
    expect(isMarkingActive({ ...only, siteMode: 'all-except' }, 'other.org')).toBe(true);
  });
});

describe('isEntityMarked', () => {
  it('follows the chosen types and the muted list', () => {
    const putin = { id: 'vladimir-putin', type: 'person' as const };
    expect(isEntityMarked(SETTINGS_DEFAULTS, putin)).toBe(true);
    expect(isEntityMarked({ ...SETTINGS_DEFAULTS, markTypes: ['place'] }, putin)).toBe(false);
    expect(isEntityMarked({ ...SETTINGS_DEFAULTS, mutedEntities: ['vladimir-putin'] }, putin)).toBe(false);
  });
});
