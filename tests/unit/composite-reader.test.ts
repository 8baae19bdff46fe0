// A card over the bundled dataset and segments of imported articles: the first card after a wake reads
// the entity's shard of each part instead of every part's entity list, and is the very card the lists
// would have given.
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { readerOf } from '../../src/background/live-dataset';
import { compileDataset } from '../../src/core/dataset/compile';
import { compositeReader } from '../../src/core/dataset/composite-reader';
import type { DatasetReader } from '../../src/core/dataset/packed-reader';
import { compileImported } from '../../src/core/imports/compile-imported';
import { planImport } from '../../src/core/imports/plan-import';

const article = (title: string, body: string, n: number) =>
  planImport('notes.json', JSON.stringify({ title, date: `2024-08-0${n}`, body }), new Set(), n).records;

const segments = [
  article(
    'Halvorsen in Tromsø',
    'Norwegian Fisheries Minister Ingrid Halvorsen opened the forum in Tromsø. Vladimir Putin was not invited. Halvorsen, known as the Fjord Minister, spoke first.',
    1,
  ),
  article(
    'Halvorsen meets Zelensky',
    'Ingrid Halvorsen met Volodymyr Zelensky in Kyiv. Putin said nothing. The Fisheries Minister later flew to Oslo.',
    2,
  ),
].map((records) => compileImported(records, []));

/** The parts, counting the shards each one reads. */
function parts() {
  const reads: string[] = [];
  const counted = (name: string, reader: DatasetReader): DatasetReader => ({
    ...reader,
    entityList: async () => {
      reads.push(`${name}:list`);
      return reader.entityList();
    },
  });
  const list = [
    counted('bundled', readerOf(compileDataset(readArticleFiles()))),
    ...segments.map((s, i) => counted(`segment${i}`, readerOf(s))),
  ];
  return { list, reads };
}

describe('the composite reader’s cards', () => {
  it('gives the first card after a wake from the entity’s shards alone, the same card the entity lists give', async () => {
    const ids = ['ingrid-halvorsen', 'vladimir-putin', 'volodymyr-zelensky', 'kyiv', 'no-such-entity'];
    const listed = compositeReader(parts().list);
    await listed.entityList();
    for (const id of ids) {
      const woken = parts();
      const fresh = compositeReader(woken.list);
      // A fact of a segment put first, as a search does.
      const preferred = segments
        .flatMap((d) => d.facts)
        .filter((f) => f.entityId === id)
        .slice(-1);
      expect(await fresh.card(id, preferred)).toEqual(await listed.card(id, preferred));
      expect(woken.reads).toEqual([]);
    }
    // An entity named in several parts has every part's aliases and facts.
    const halvorsen = await compositeReader(parts().list).card('ingrid-halvorsen');
    expect(new Set(halvorsen?.facts.map((f) => f.articleTitle))).toEqual(
      new Set(['Halvorsen in Tromsø', 'Halvorsen meets Zelensky']),
    );
  });
});
