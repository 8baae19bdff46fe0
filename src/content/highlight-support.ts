// Every mark is drawn with the CSS Custom Highlight API. A browser without it (Firefox before 140, or
// with the API turned off) would scan pages and show nothing: the content script says so instead.

/** True when this world has CSS.highlights and the Highlight constructor. */
export function canDrawMarks(scope: object = globalThis): boolean {
  const g = scope as { CSS?: object; Highlight?: unknown };
  return (
    typeof g.Highlight === 'function' && typeof g.CSS === 'object' && g.CSS !== null && 'highlights' in g.CSS
  );
}
