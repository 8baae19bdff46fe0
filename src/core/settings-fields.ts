// Repair of each settings field on its own: a damaged field falls back to its default without
// taking the valid ones with it. Used by readSettings only.
import type { EntityType } from './dataset/types';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'place', 'other'];
export const MAX_SITES = 1000;
export const MAX_MUTED = 5000;
export const MAX_ID_LENGTH = 200;

/** Lower-cases a host pattern and strips scheme, path, port and a leading "*." ; '' if nothing usable remains. */
export function normaliseSitePattern(pattern: string): string {
  let host = pattern.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  host = host.replace(/^\*\./, '').replace(/^\.+|\.+$/g, '');
  return /^[\p{L}\p{N}.-]+$/u.test(host) ? host : '';
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
}

export function repairSites(value: unknown): string[] {
  const list = strings(value);
  if (!list) return [];
  return [...new Set(list.map(normaliseSitePattern).filter(Boolean))].slice(0, MAX_SITES);
}

export function repairBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function repairNumber(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.round(Math.min(range.max, Math.max(range.min, value)));
}

export function repairChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.find((c) => c === value) ?? fallback;
}

/** Known types in canonical order; an empty list is kept (the reader chose to mark nothing by type). */
export function repairTypes(value: unknown, fallback: readonly EntityType[]): EntityType[] {
  const list = strings(value);
  if (!list) return [...fallback];
  return ENTITY_TYPES.filter((t) => list.includes(t));
}

export function repairIds(value: unknown): string[] {
  const list = strings(value);
  if (!list) return [];
  const ids = list.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= MAX_ID_LENGTH);
  return [...new Set(ids)].slice(0, MAX_MUTED);
}

/** "#rgb" or "#rrggbb", lower-cased to "#rrggbb"; anything else (names, url(), var()) is refused. */
export function repairColor(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const hex = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(hex)) return hex;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(hex);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : fallback;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
