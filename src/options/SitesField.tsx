// The list of sites where Factlens stays off. Patterns are normalised here exactly as the settings
// repair would, so what the list shows is what gets stored.
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { normaliseSitePattern } from '../core/settings';

interface SitesFieldProps {
  sites: readonly string[];
  onChange: (sites: string[]) => void;
}

export function SitesField({ sites, onChange }: SitesFieldProps): JSX.Element {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const add = () => {
    const raw = draft.trim();
    if (!raw) {
      setError('Enter a site, such as example.com.');
      return;
    }
    const host = normaliseSitePattern(raw);
    if (!host) {
      setError(`“${raw}” is not a site name. Enter a host such as example.com.`);
      return;
    }
    if (sites.includes(host)) {
      setError(`${host} is already in the list.`);
      return;
    }
    setError('');
    setDraft('');
    onChange([...sites, host]);
  };

  const remove = (host: string) => {
    onChange(sites.filter((s) => s !== host));
    // The pressed button is gone; the add field is a predictable place to continue from.
    input.current?.focus();
  };

  return (
    <fieldset class="sites">
      <legend>Sites where Factlens stays off</legend>
      <p class="help" id="sites-help">
        A site also covers its subdomains: example.com includes news.example.com.
      </p>
      {sites.length === 0 ? (
        <p class="empty">No sites yet.</p>
      ) : (
        <ul class="site-list" aria-label="Sites where Factlens stays off">
          {sites.map((host) => (
            <li key={host} data-site={host}>
              <span class="site-name">{host}</span>
              <button type="button" class="remove" aria-label={`Remove ${host}`} onClick={() => remove(host)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="site-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for="site-input">Add a site</label>
        <div class="row">
          <input
            id="site-input"
            ref={input}
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'site-error sites-help' : 'sites-help'}
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              if (error) setError('');
            }}
          />
          <button id="site-add" type="submit">
            Add
          </button>
        </div>
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
      </form>
    </fieldset>
  );
}
