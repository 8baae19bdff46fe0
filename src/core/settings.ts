// Settings: one defaults object, a type derived from it, ordered migrations and repair on read.
// Stored data may come from any earlier version or be damaged; reading it must never throw.
import type { EntityType } from './dataset/types';
import {
  ENTITY_TYPES,
  isRecord,
  normaliseSitePattern,
  repairBoolean,
  repairChoice,
  repairColor,
  repairIds,
  repairNumber,
  repairSites,
  repairTypes,
} from './settings-fields';
import { LATEST_SETTINGS_VERSION, migrateSettings } from './settings-migrations';

export { ENTITY_TYPES, normaliseSitePattern };

export const SETTINGS_SCHEMA_VERSION = LATEST_SETTINGS_VERSION;

export type SiteMode = 'all-except' | 'only';
export type MarkStyleKind = 'underline' | 'background';
export const SITE_MODES: readonly SiteMode[] = ['all-except', 'only'];
export const MARK_STYLE_KINDS: readonly MarkStyleKind[] = ['underline', 'background'];

export const SETTINGS_DEFAULTS = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  /** Marks mentions on pages at all. */
  markingEnabled: true,
  /** 'all-except': everywhere but disabledSites; 'only': just onlySites (and never disabledSites). */
  siteMode: 'all-except' as SiteMode,
  /** Host patterns where Factlens stays off: "example.com" also covers its subdomains. */
  disabledSites: [] as string[],
  /** Host patterns where Factlens works in 'only' mode. */
  onlySites: [] as string[],
  /** Entity types whose mentions are marked. */
  markTypes: [...ENTITY_TYPES] as EntityType[],
  /**
   * How marks look. This mid blue keeps at least 3:1 contrast against white and against near-black
   * pages, so one default reads on light and dark sites; 'background' uses it as a translucent tint.
   */
  markStyle: { kind: 'underline' as MarkStyleKind, color: '#4080e6' },
  /** Delay before a hovered mark opens its card, in milliseconds. */
  hoverDelayMs: 400,
  /** Mark only the first mention of each entity on a page. */
  firstMentionOnly: false,
  /** Entity ids the reader muted: never marked. */
  mutedEntities: [] as string[],
};

export type Settings = typeof SETTINGS_DEFAULTS;
export type MarkStyle = Settings['markStyle'];

export const HOVER_DELAY_RANGE = { min: 0, max: 3000 } as const;

/** Migrates stored settings from any earlier version and repairs every field; never throws. */
export function readSettings(stored: unknown): Settings {
  // Own enumerable keys only: a "__proto__" key parsed from JSON must not reach a prototype.
  const raw = migrateSettings(isRecord(stored) ? Object.fromEntries(Object.entries(stored)) : {});
  const d = SETTINGS_DEFAULTS;
  const style = isRecord(raw.markStyle) ? raw.markStyle : {};
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    markingEnabled: repairBoolean(raw.markingEnabled, d.markingEnabled),
    siteMode: repairChoice(raw.siteMode, SITE_MODES, d.siteMode),
    disabledSites: repairSites(raw.disabledSites),
    onlySites: repairSites(raw.onlySites),
    markTypes: repairTypes(raw.markTypes, d.markTypes),
    markStyle: {
      kind: repairChoice(style.kind, MARK_STYLE_KINDS, d.markStyle.kind),
      color: repairColor(style.color, d.markStyle.color),
    },
    hoverDelayMs: repairNumber(raw.hoverDelayMs, HOVER_DELAY_RANGE, d.hoverDelayMs),
    firstMentionOnly: repairBoolean(raw.firstMentionOnly, d.firstMentionOnly),
    mutedEntities: repairIds(raw.mutedEntities),
  };
}

/** Applies a partial update through the same repair, so no caller can store an invalid value. */
export function mergeSettings(current: Settings, patch: Partial<Settings>): Settings {
  return readSettings({ ...current, ...patch, schemaVersion: SETTINGS_SCHEMA_VERSION });
}

/** True when the page's host is one of the patterns or a subdomain of one. */
export function isSiteListed(hostname: string, patterns: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return patterns.some((p) => host === p || host.endsWith(`.${p}`));
}

/** Marking applies on this host under these settings; the stay-off list wins in either mode. */
export function isMarkingActive(settings: Settings, hostname: string): boolean {
  if (!settings.markingEnabled || isSiteListed(hostname, settings.disabledSites)) return false;
  return settings.siteMode === 'all-except' || isSiteListed(hostname, settings.onlySites);
}

/** Whether mentions of this entity are marked: its type is chosen and the reader has not muted it. */
export function isEntityMarked(settings: Settings, entity: { id: string; type: EntityType }): boolean {
  return settings.markTypes.includes(entity.type) && !settings.mutedEntities.includes(entity.id);
}

/**
 * Whether two stored settings values are the same JSON, whatever their key order: browsers' storage
 * may hand an object back with its keys in another order than they were written.
 */
export function isSameSettingsValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => isSameSettingsValue(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && isSameSettingsValue(a[key], b[key]));
}
