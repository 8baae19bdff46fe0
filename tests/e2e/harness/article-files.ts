// Article files for the import tests, written to a temporary folder so they can be uploaded.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOSTILE_TITLE =
  '<img src=x onerror="document.body.dataset.pwned=1"><script>window.pwned=1</script>';

const VALID = ` date 2024-08-01 Ingrid Halvorsen Opens the Arctic Fisheries Forum

World » NORWAY | August 1, 2024, Thursday // 09:00
Ingrid Halvorsen Opens the Arctic Fisheries Forum

Norwegian Fisheries Minister Ingrid Halvorsen opened the Arctic Fisheries Forum in Tromsø on Thursday. Halvorsen said the forum would meet every year.

The Arctic Fisheries Forum brings together ministers from Norway and Iceland.
`;

export interface ArticleFiles {
  valid: string;
  malformed: string;
  hostileKeys: string;
  hostileTitle: string;
  oversized: string;
  dir: string;
}

export function writeArticleFiles(): ArticleFiles {
  const dir = mkdtempSync(join(tmpdir(), 'factlens-import-'));
  const file = (name: string, text: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const ok = (title: string) =>
    JSON.stringify({ title, date: '2024-08-02', body: 'Ingrid Halvorsen spoke.' });
  return {
    dir,
    valid: file('halvorsen.txt', VALID),
    malformed: file(
      'broken.jsonl',
      `${ok('Fine')}\n{"title": "Bad date", "date": "2024-13-45", "body": "x"}\n`,
    ),
    hostileKeys: file('proto.jsonl', `${ok('Fine')}\n{"__proto__": {"polluted": true}, "title": "x"}\n`),
    hostileTitle: file('hostile.json', ok(HOSTILE_TITLE)),
    // Just over the 32 MB limit of a text file: refused before it is read.
    oversized: file('huge.txt', Buffer.alloc(32 * 1024 * 1024 + 1024, 'a')),
  };
}
