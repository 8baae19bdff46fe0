// Pages for the reader-path tests: a page naming the person of an imported article, and the page
// that article's url points at (its "original"), both on the fixture server.

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

export const READER_PAGE = '/reader/halvorsen';
export const ORIGINAL_PAGE = '/reader/original-story';

export function readerPages(): Record<string, string> {
  return {
    [READER_PAGE]: page(
      'Fisheries news',
      '<main><p style="margin-top:200px">Minister Ingrid Halvorsen met the fishing fleet in Bodø on Friday.</p></main>',
    ),
    [ORIGINAL_PAGE]: page('The original story', '<main><h1>The original story</h1></main>'),
  };
}
