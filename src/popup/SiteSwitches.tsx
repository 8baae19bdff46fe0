// Whether Factlens is marking the reported tab, said plainly, with the two switches a reader reaches
// for: this site on or off (the site lists) and pause everywhere (the global switch).
import type { JSX } from 'preact';
import type { Settings } from '../core/settings';
import { isSiteAllowed, type SiteStatus, siteStatus, withSiteOff, withSiteOn } from '../core/site-switch';
import { countOf } from './format';

/**
 * The state line for a tab on `host`, with how many names are marked there when the tab has said.
 * Null for a tab that is not a web page while Factlens is on: it marks nothing there anyway, and the
 * section already says it cannot read the page.
 */
export function stateText(
  settings: Settings,
  host: string | null,
  marked: number | null = null,
): string | null {
  const status: SiteStatus = host
    ? siteStatus(settings, host)
    : { kind: settings.markingEnabled ? 'on' : 'paused' };
  switch (status.kind) {
    case 'paused':
      return 'Factlens is paused everywhere.';
    case 'site-off':
      return `Factlens is off for ${host}.`;
    case 'not-listed':
      return `Factlens is off for ${host}: it works only on the sites you list.`;
    case 'on':
      if (!host) return null;
      return marked
        ? `Factlens is on for ${host}: ${countOf(marked, 'name', 'names')} marked on this tab.`
        : `Factlens is on for ${host}.`;
  }
}

export function SiteSwitches(props: {
  settings: Settings;
  host: string | null;
  /** Distinct names the tab reports marked; null until it has answered. */
  marked: number | null;
  update: (patch: Partial<Settings>) => void;
}): JSX.Element {
  const { settings, host, marked, update } = props;
  const state = stateText(settings, host, marked);
  const toggleSite = (on: boolean) => {
    if (!host) return;
    const next = on ? withSiteOn(settings, host) : withSiteOff(settings, host);
    update({ disabledSites: next.disabledSites, onlySites: next.onlySites });
  };
  return (
    <div class="site-switches">
      <p id="site-state" class="site-state" role="status">
        {state}
      </p>
      {host ? (
        <div class="switch">
          <input
            id="site-switch"
            type="checkbox"
            checked={isSiteAllowed(settings, host)}
            onChange={(e) => toggleSite(e.currentTarget.checked)}
          />
          <label for="site-switch">Mark names on {host}</label>
        </div>
      ) : null}
      <div class="switch">
        <input
          id="pause-switch"
          type="checkbox"
          checked={!settings.markingEnabled}
          onChange={(e) => update({ markingEnabled: !e.currentTarget.checked })}
        />
        <label for="pause-switch">Pause everywhere</label>
      </div>
    </div>
  );
}
