// Turning Factlens on and off for one site, in the terms of the settings model: the stay-off list,
// the 'only' list and the global switch. Shared by the card's "Turn off on this site" (through the
// worker) and the popup's switches, so both change the same fields the same way.
import { isSiteListed, mergeSettings, normaliseSitePattern, type Settings } from './settings';

/** Why marking is or is not active on a host, for a state line a reader can act on. */
export type SiteStatus =
  | { kind: 'on' }
  /** settings.markingEnabled is off: nothing is marked anywhere. */
  | { kind: 'paused' }
  /** The host is on the stay-off list. */
  | { kind: 'site-off' }
  /** 'only' mode and the host is not on the list. */
  | { kind: 'not-listed' };

export function siteStatus(settings: Settings, host: string): SiteStatus {
  if (!settings.markingEnabled) return { kind: 'paused' };
  if (isSiteListed(host, settings.disabledSites)) return { kind: 'site-off' };
  if (settings.siteMode === 'only' && !isSiteListed(host, settings.onlySites)) return { kind: 'not-listed' };
  return { kind: 'on' };
}

/** Whether the site lists let Factlens work on the host, whatever the global switch says. */
export function isSiteAllowed(settings: Settings, host: string): boolean {
  return siteStatus({ ...settings, markingEnabled: true }, host).kind === 'on';
}

function patternFor(host: string): string {
  return normaliseSitePattern(host) || host.toLowerCase();
}

/**
 * The settings with marking off on `host`. In 'only' mode an exact entry for the host is dropped first;
 * when a broader entry still covers it, the stay-off list (which wins in either mode) takes the host.
 */
export function withSiteOff(settings: Settings, host: string): Settings {
  const pattern = patternFor(host);
  let next = settings;
  if (settings.siteMode === 'only') {
    const onlySites = settings.onlySites.filter((p) => p !== pattern);
    next = mergeSettings(next, { onlySites });
    if (!isSiteListed(host, onlySites)) return next;
  }
  if (isSiteListed(host, next.disabledSites)) return next;
  return mergeSettings(next, { disabledSites: [...next.disabledSites, pattern] });
}

/**
 * The settings with the site lists allowing `host`: every stay-off entry covering it is dropped (a
 * broader entry such as "example.com" goes too, as the list has no exceptions), and in 'only' mode the
 * host is added to the list. The global switch is left alone.
 */
export function withSiteOn(settings: Settings, host: string): Settings {
  const disabledSites = settings.disabledSites.filter((p) => !isSiteListed(host, [p]));
  let next = mergeSettings(settings, { disabledSites });
  if (next.siteMode === 'only' && !isSiteListed(host, next.onlySites)) {
    next = mergeSettings(next, { onlySites: [...next.onlySites, patternFor(host)] });
  }
  return next;
}
