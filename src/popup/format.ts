// Small wording helpers shared by the popup's sections.

export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // Messaging errors are prefixed for logs; the reader does not need the prefix.
  return text.replace(/^Factlens:\s*/, '');
}
