// The only links Factlens puts in front of a reader are web addresses: an imported file is untrusted,
// and a javascript: or data: "original" would run or show whatever the file wanted when clicked.

/** True for an absolute http: or https: URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The host of an http(s) page, or null for anything else (browser pages, about:blank, file:, junk). */
export function webHostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname
      ? parsed.hostname
      : null;
  } catch {
    return null;
  }
}
