// The link to where an article was first published. It opens in a new tab with neither an opener
// nor a referrer: the original's site learns nothing of the page the reader is on, and cannot script it.
import type { JSX } from 'preact';
import { isHttpUrl } from '../core/text/http-url';

export function OriginalLink({
  url,
  class: className = 'fl-original',
}: {
  url: string;
  class?: string;
}): JSX.Element | null {
  // Imports refuse anything else; checked again because this is where a link would become clickable.
  if (!isHttpUrl(url)) return null;
  return (
    <a class={className} href={url} target="_blank" rel="noopener noreferrer">
      Original at {new URL(url).host}
      <span class="fl-vh"> (opens in a new tab)</span>
    </a>
  );
}
