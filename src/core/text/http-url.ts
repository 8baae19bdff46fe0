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
