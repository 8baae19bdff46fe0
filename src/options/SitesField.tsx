// The list of sites where Factlens stays off. Patterns are normalised here exactly as the settings
// repair would, so what the list shows is what gets stored; each entry says in words what it covers,
// and so does the field while a site is typed, before anything is saved.
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { parseSitePattern, siteCoverage } from '../core/site-pattern';

interface SitesFieldProps {
  sites: readonly string[];
  onChange: (sites: string[]) => void;
  legend: string;
  /** Prefix of the element ids, so two lists can share a page. */
  idPrefix: string;
}

export function SitesField({ sites, onChange, legend, idPrefix: p }: SitesFieldProps): JSX.Element {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [added, setAdded] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const typed = draft.trim() ? parseSitePattern(draft) : null;

  const add = () => {
    const parsed = parseSitePattern(draft);
    setAdded('');
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    const { host, covers, rewritten } = parsed;
    if (sites.includes(host)) {
      setError(`${host} is already in the list.`);
      return;
    }
    setError('');
    setDraft('');
    setAdded(
      rewritten
        ? `Added “${draft.trim()}” as ${host}: it covers ${covers}.`
        : `Added ${host}: it covers ${covers}.`,
    );
    onChange([...sites, host]);
  };

  const remove = (host: string) => {
    setAdded('');
    onChange(sites.filter((s) => s !== host));
    // The pressed button is gone; the add field is a predictable place to continue from.
    input.current?.focus();
  };

  return (
    <fieldset class="sites" id={`${p}-sites`}>
      <legend>{legend}</legend>
      <p class="help" id={`${p}-help`}>
        A site also covers its subdomains: example.com includes news.example.com.
      </p>
      {sites.length === 0 ? (
        <p class="empty">No sites yet.</p>
      ) : (
        <ul class="site-list" aria-label={legend}>
          {sites.map((host) => (
            <li key={host} data-site={host}>
              <span class="site-name">{host}</span>
              <span class="site-covers">{siteCoverage(host)}</span>
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
        <label for={`${p}-input`}>Add a site</label>
        <div class="row">
          <input
            id={`${p}-input`}
            ref={input}
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${p}-error ${p}-help` : `${p}-covers ${p}-help`}
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              setAdded('');
              if (error) setError('');
            }}
          />
          <button id={`${p}-add`} type="submit">
            Add
          </button>
        </div>
        <p id={`${p}-covers`} class="help site-preview">
          {typed?.ok && !error
            ? `Covers ${typed.covers}${typed.rewritten ? ` (saved as ${typed.host})` : ''}.`
            : ''}
        </p>
        <p id={`${p}-error`} class="error" role="alert">
          {error}
        </p>
        <p id={`${p}-added`} class="help site-added" role="status">
          {added}
        </p>
      </form>
    </fieldset>
  );
}
