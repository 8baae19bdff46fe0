// Where Factlens works: everywhere but a list of sites, or only on a list of sites.
import type { JSX } from 'preact';
import type { Settings, SiteMode } from '../core/settings';
import { SitesField } from './SitesField';

const MODES: Array<{ mode: SiteMode; label: string }> = [
  { mode: 'all-except', label: 'On every site except those I list' },
  { mode: 'only', label: 'Only on sites I list' },
];

export function SiteModeField({
  settings,
  update,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}): JSX.Element {
  return (
    <>
      <fieldset id="site-mode">
        <legend>Where Factlens works</legend>
        {MODES.map(({ mode, label }) => (
          <div class="check" key={mode}>
            <input
              id={`site-mode-${mode}`}
              type="radio"
              name="site-mode"
              checked={settings.siteMode === mode}
              onChange={() => update({ siteMode: mode })}
            />
            <label for={`site-mode-${mode}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      {settings.siteMode === 'only' ? (
        <SitesField
          legend="Sites where Factlens works"
          idPrefix="only"
          sites={settings.onlySites}
          onChange={(onlySites) => update({ onlySites })}
        />
      ) : null}
      <SitesField
        legend="Sites where Factlens stays off"
        idPrefix="site"
        sites={settings.disabledSites}
        onChange={(disabledSites) => update({ disabledSites })}
      />
    </>
  );
}
