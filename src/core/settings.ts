// Settings: one defaults object, a type derived from it, ordered migrations and repair on read.
// Stored data may come from any earlier version or be damaged; reading it must never throw.

export const SETTINGS_SCHEMA_VERSION = 1;

export const SETTINGS_DEFAULTS = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  /** Marks mentions on pages at all. */
  markingEnabled: true,
  /** Host patterns where Factlens stays off: "example.com" also covers its subdomains. */
  disabledSites: [] as string[],
  /** Delay before a hovered mark opens its card, in milliseconds. */
  hoverDelayMs: 400,
};

export type Settings = typeof SETTINGS_DEFAULTS;

export const HOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;
const MAX_SITES = 1000;

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n object into version n+1. Version 0 is anything without a version. */
const MIGRATIONS: Migration[] = [(raw) => ({ ...raw, schemaVersion: 1 })];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lower-cases a host pattern and strips scheme, path, port and a leading "*." ; '' if nothing usable remains. */
export function normaliseSitePattern(pattern: string): string {
  let host = pattern.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  host = host.replace(/^\*\./, '').replace(/^\.+|\.+$/g, '');
  return /^[\p{L}\p{N}.-]+$/u.test(host) ? host : '';
}

function repairSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [...SETTINGS_DEFAULTS.disabledSites];
  const sites = value
    .filter((v): v is string => typeof v === 'string')
    .map(normaliseSitePattern)
    .filter(Boolean);
  return [...new Set(sites)].slice(0, MAX_SITES);
}

function repairDelay(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return SETTINGS_DEFAULTS.hoverDelayMs;
  return Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, value)));
}

/** Migrates stored settings from any earlier version and repairs every field; never throws. */
export function readSettings(stored: unknown): Settings {
  let raw: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
  let version = typeof raw.schemaVersion === 'number' ? Math.floor(raw.schemaVersion) : 0;
  if (version > SETTINGS_SCHEMA_VERSION || version < 0) {
    // Written by a newer build (downgrade) or garbage: keep what still validates.
    version = SETTINGS_SCHEMA_VERSION;
  }
  for (; version < SETTINGS_SCHEMA_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (migrate) raw = migrate(raw);
  }
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    markingEnabled:
      typeof raw.markingEnabled === 'boolean' ? raw.markingEnabled : SETTINGS_DEFAULTS.markingEnabled,
    disabledSites: repairSites(raw.disabledSites),
    hoverDelayMs: repairDelay(raw.hoverDelayMs),
  };
}

/** Applies a partial update through the same repair, so no caller can store an invalid value. */
export function mergeSettings(current: Settings, patch: Partial<Settings>): Settings {
  return readSettings({ ...current, ...patch, schemaVersion: SETTINGS_SCHEMA_VERSION });
}

/** True when the page's host is one of the patterns or a subdomain of one. */
export function isSiteDisabled(hostname: string, patterns: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return patterns.some((p) => host === p || host.endsWith(`.${p}`));
}

/** Marking applies on this host under these settings. */
export function isMarkingActive(settings: Settings, hostname: string): boolean {
  return settings.markingEnabled && !isSiteDisabled(hostname, settings.disabledSites);
}
