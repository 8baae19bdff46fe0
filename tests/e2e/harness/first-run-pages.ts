// Pages for the first-run suite: one with no name Factlens knows, to navigate to from the article.
const NO_NAMES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No names</title></head>
<body><main><h1>Weather</h1><p>Rain in the morning, then sunny spells and a light breeze.</p></main></body></html>`;

export function firstRunPages(): Record<string, string> {
  return { '/no-names': NO_NAMES };
}
