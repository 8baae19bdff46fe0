// Gold files written by hand in the seed's format (tests/fixtures/seed-gold.json, news-gold.json) as
// scored corpora: every occurrence of a gold alias in an article's paragraphs is a gold mention of that
// entity. A file names one article ("article") or several ("articles"), each with its entities.
import { readFileSync } from 'node:fs';
import { parseArticleFile } from '../../src/core/article/parse-article';
import { escapeRegExp, type GoldArticle, type GoldCorpus, type GoldMention, type GoldType } from './gold';

interface GoldEntity {
  name: string;
  type: GoldType;
  aliases: string[];
}

interface GoldFile {
  article?: string;
  entities?: GoldEntity[];
  articles?: Array<{ file: string; entities: GoldEntity[] }>;
}

export function seedCorpus(goldFile = 'tests/fixtures/seed-gold.json'): GoldCorpus {
  return handGoldCorpus('seed', goldFile);
}

export function newsCorpus(goldFile = 'tests/fixtures/news-gold.json'): GoldCorpus {
  return handGoldCorpus('news', goldFile);
}

function handGoldCorpus(name: string, goldFile: string): GoldCorpus {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  const list = gold.articles ?? (gold.article ? [{ file: gold.article, entities: gold.entities ?? [] }] : []);
  return { name, articles: list.map(({ file, entities }) => goldArticle(file, entities)) };
}

function goldArticle(file: string, entities: GoldEntity[]): GoldArticle {
  const [article] = parseArticleFile(file, readFileSync(file, 'utf8'));
  if (!article) throw new Error(`${file}: no article`);
  // Longest alias first, so "Vladimir Putin" is one mention, not a mention of "Putin" too.
  const aliases = entities
    .flatMap((entity) => entity.aliases.map((alias) => ({ alias, entity })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const mentions: GoldMention[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    const taken: boolean[] = [];
    for (const { alias, entity } of aliases) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of paragraph.matchAll(pattern)) {
        const start = match.index;
        const end = start + alias.length;
        if (taken.slice(start, end).some(Boolean)) continue;
        for (let i = start; i < end; i++) taken[i] = true;
        mentions.push({ paragraph: p, start, end, text: alias, type: entity.type, entity: entity.name });
      }
    }
  });
  return {
    id: file.replace(/^.*\//, '').replace(/\.\w+$/, ''),
    title: article.title,
    paragraphs: article.paragraphs,
    mentions,
  };
}
