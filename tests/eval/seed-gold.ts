// The seed article's hand-written gold (tests/fixtures/seed-gold.json) as a scored corpus: every
// occurrence of a gold alias in the article's paragraphs is a gold mention of that entity.
import { readFileSync } from 'node:fs';
import { parseArticleFile } from '../../src/core/article/parse-article';
import type { GoldCorpus, GoldMention, GoldType } from './gold';

interface SeedGold {
  article: string;
  entities: Array<{ name: string; type: GoldType; aliases: string[] }>;
}

export function seedCorpus(goldFile = 'tests/fixtures/seed-gold.json'): GoldCorpus {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as SeedGold;
  const [article] = parseArticleFile(gold.article, readFileSync(gold.article, 'utf8'));
  if (!article) throw new Error(`${gold.article}: no article`);
  // Longest alias first, so "Vladimir Putin" is one mention, not a mention of "Putin" too.
  const aliases = gold.entities
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
    name: 'seed',
    articles: [{ id: 'seed', title: article.title, paragraphs: article.paragraphs, mentions }],
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
