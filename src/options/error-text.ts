/** An error as a reader-facing sentence: messaging errors carry a "Factlens:" prefix meant for logs. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/^Factlens:\s*/, '');
}
