// What a reader types into a site list, read as one site: the host it names, the words for what it
// covers, or why it is refused. A pattern covers its host and every subdomain, so an entry that is a
// whole top-level domain ("com") or a registry's shared suffix ("co.uk") would cover a vast number
// of unrelated sites; those are refused when typed. (The stored list is repaired more leniently: the
// card's "Off on this site" stores the page's own host, which may be a one-word intranet name.)
import { normaliseSitePattern } from './settings-fields';

export type SitePattern =
  | { ok: true; host: string; covers: string; rewritten: boolean }
  | { ok: false; error: string };

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// Second-level labels that registries of country domains share out to everyone: co.uk, com.au, ac.jp.
// Not the Public Suffix List (thousands of entries), but the common shape of a shared suffix.
const SHARED_SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gob',
  'go',
  'gov',
  'mil',
  'ne',
  'net',
  'or',
  'org',
]);

/** In words, which pages a stored pattern covers. */
export function siteCoverage(host: string): string {
  if (IPV4.test(host)) return `only ${host}`;
  if (!host.includes('.') && host !== 'localhost') return `every site ending in .${host}`;
  return `${host} and all its subdomains`;
}

function isSharedSuffix(labels: readonly string[]): boolean {
  const [second, top] = labels;
  return (
    labels.length === 2 &&
    second !== undefined &&
    SHARED_SECOND_LEVEL.has(second) &&
    /^[a-z]{2}$/.test(top ?? '')
  );
}

/** Reads a typed entry; `rewritten` tells the reader when what is stored differs from what they typed. */
export function parseSitePattern(input: string): SitePattern {
  const raw = input.trim();
  if (!raw) return { ok: false, error: 'Enter a site, such as example.com.' };
  const host = normaliseSitePattern(raw);
  if (!host) return { ok: false, error: `“${raw}” is not a site name. Enter a host such as example.com.` };
  const labels = host.split('.');
  if (labels.length === 1 && host !== 'localhost')
    return {
      ok: false,
      error: `“${raw}” is a whole top-level domain: it would cover every site ending in .${host}. Enter one site, such as example.${host}.`,
    };
  if (isSharedSuffix(labels))
    return {
      ok: false,
      error: `“${raw}” is shared by every site ending in .${host}. Enter one site, such as example.${host}.`,
    };
  return { ok: true, host, covers: siteCoverage(host), rewritten: raw.toLowerCase() !== host };
}
