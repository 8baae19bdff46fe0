import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleFileError } from '../../src/core/article/parse-article';
import { compileDataset } from '../../src/core/dataset/compile';
import { DATASET_SCHEMA_VERSION, type Dataset } from '../../src/core/dataset/types';
import { validateDataset } from '../../src/core/dataset/validate-dataset';

const SEED = {
  name: '000_a044969bcc17613b.txt',
  text: readFileSync('assets/articles/000_a044969bcc17613b.txt', 'utf8'),
};

const SECOND = {
  name: '001_followup.txt',
  text: [
    'date 2024-07-10 Orban Visits Moscow',
    '',
    'World » RUSSIA | July 10, 2024',
    'Orban Visits Moscow',
    '',
    'Putin met Hungarian Prime Minister Viktor Orban in Moscow on Wednesday. Orban later flew to Beijing.',
    '',
    'Observers said the visit angered Brussels, while Orban called it a peace mission with Putin.',
  ].join('\n'),
};

function factsOf(dataset: Dataset, entityId: string) {
  return dataset.facts.filter((fact) => fact.entityId === entityId);
}

describe('compileDataset on the seed', () => {
  const dataset = compileDataset([SEED]);
  const [article] = dataset.articles;

  it('sets the schema version and a content hash', () => {
    expect(dataset.schemaVersion).toBe(DATASET_SCHEMA_VERSION);
    expect(dataset.version).toMatch(/^[0-9a-f]{16}$/);
    expect(dataset.articles).toHaveLength(1);
  });

  it('has at least one fact for each of the 12 required entities', () => {
    const required = [
      'vladimir-putin',
      'volodymyr-zelensky',
      'donald-trump',
      'shanghai-cooperation-organization',
      'institute-for-the-study-of-war',
      'nato',
      'verkhovna-rada',
      'ukraine',
      'russia',
      'kyiv',
      'moscow',
      'astana',
    ];
    for (const id of required) expect(factsOf(dataset, id).length, id).toBeGreaterThan(0);
    for (const entity of dataset.entities)
      expect(factsOf(dataset, entity.id).length, entity.id).toBeGreaterThan(0);
  });

  it('dates Putin facts from the article and puts sentences about him first', () => {
    const facts = factsOf(dataset, 'vladimir-putin');
    expect(facts.length).toBeGreaterThanOrEqual(8);
    for (const fact of facts) expect(fact).toMatchObject({ date: '2024-07-05', articleId: article?.id });
    expect(facts[0]?.text).toMatch(/^Russian President Vladimir Putin, speaking/);
    // "…has analyzed Putin's statements" mentions him only as an object, so it ranks after the subjects.
    const objectOnly = facts.findIndex((fact) => fact.text.startsWith('The Institute for the Study of War'));
    const subject = facts.findIndex((fact) => fact.text.startsWith('Last month, Putin'));
    expect(subject).toBeLessThan(objectOnly);
  });

  it('quotes every fact verbatim from its paragraph, with a whole-word alias in it', () => {
    const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
    for (const fact of dataset.facts) {
      expect(article?.paragraphs[fact.paragraph]).toContain(fact.text);
      const aliases = entities.get(fact.entityId)?.aliases ?? [];
      // A sentence that names its entity only by pronoun has no alias in it, and says so.
      if (/^(He|She|His|Her)\b/.test(fact.text) && fact.resolvedBy === 'reference') continue;
      expect(
        aliases.some((alias) => new RegExp(`(^|\\W)${alias.replace(/\./g, '\\.')}(\\W|$)`).test(fact.text)),
      ).toBe(true);
    }
    const ids = dataset.facts.map((fact) => fact.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('calls only the pronoun sentence about Putin inferred: "Putin" after "Vladimir Putin" names him', () => {
    const facts = factsOf(dataset, 'vladimir-putin');
    expect(facts.filter((fact) => fact.text.includes('Putin')).length).toBeGreaterThanOrEqual(8);
    expect(facts.filter((fact) => fact.resolvedBy === 'reference').map((fact) => fact.text)).toEqual([
      expect.stringMatching(/^He emphasized that any ceasefire/),
    ]);
    const inferred = dataset.facts.filter((fact) => fact.resolvedBy === 'reference');
    for (const fact of inferred) expect(fact.text).toMatch(/^(He|She|His|Her)\b/);
  });

  it('counts possessives and acronyms as mentions', () => {
    expect(factsOf(dataset, 'volodymyr-zelensky')[0]?.text).toContain("Volodymyr Zelensky's proposal");
    expect(factsOf(dataset, 'shanghai-cooperation-organization').map((f) => f.paragraph)).toEqual([0, 2]);
  });

  it('passes its own validation', () => {
    expect(validateDataset(JSON.parse(JSON.stringify(dataset)))).toEqual(dataset);
  });
});

describe('determinism', () => {
  it('compiles the same input to byte-identical JSON, whatever the file order', () => {
    const once = JSON.stringify(compileDataset([SEED, SECOND]));
    expect(JSON.stringify(compileDataset([SEED, SECOND]))).toBe(once);
    expect(JSON.stringify(compileDataset([SECOND, SEED]))).toBe(once);
  });

  it('changes the version exactly when the content changes', () => {
    const a = compileDataset([SEED]).version;
    expect(compileDataset([{ ...SEED, text: `${SEED.text}\n` }]).version).toBe(a);
    expect(compileDataset([{ ...SEED, text: SEED.text.replace('Astana', 'Almaty') }]).version).not.toBe(a);
  });
});

describe('several files', () => {
  const one = compileDataset([SEED]);
  const two = compileDataset([SEED, SECOND]);

  it('grows the dataset and merges the same entity across articles', () => {
    expect(two.articles).toHaveLength(2);
    expect(two.entities.length).toBeGreaterThan(one.entities.length);
    expect(two.entities.filter((entity) => entity.name.includes('Putin'))).toHaveLength(1);
    const putin = factsOf(two, 'vladimir-putin');
    expect(new Set(putin.map((fact) => fact.articleId)).size).toBe(2);
    expect(putin[0]).toMatchObject({ date: '2024-07-10', text: expect.stringMatching(/^Putin met/) });
    expect(two.entities.find((entity) => entity.id === 'viktor-orban')).toMatchObject({
      type: 'person',
      description: 'Hungarian Prime Minister',
      aliases: ['Viktor Orban', 'Orban'],
    });
    expect(factsOf(two, 'moscow').length).toBeGreaterThan(factsOf(one, 'moscow').length);
  });

  it('throws ArticleFileError for the first bad file and returns nothing', () => {
    const bad = { name: '002_bad.txt', text: 'date 2024-02-30 Bad\n\nBody.' };
    expect(() => compileDataset([SEED, bad])).toThrow(ArticleFileError);
    expect(() => compileDataset([SEED, bad])).toThrow(/^002_bad\.txt: /);
    expect(() => compileDataset([SEED, SEED])).toThrow(/duplicate file name/);
  });
});

describe('fact matching and ranking', () => {
  const dataset = compileDataset([
    { name: 'a.txt', text: 'date 2024-01-01 Old\n\nTalks were held in Oslo. Oslo hosted the talks.' },
    {
      name: 'b.txt',
      text: 'date 2024-03-01 New\n\nDelegates left Oslo. Oslo thanked them. Let us go to Oslo, he said.',
    },
  ]);

  it('ranks subject sentences first, then newer, then by position', () => {
    expect(factsOf(dataset, 'oslo').map((fact) => fact.text)).toEqual([
      'Oslo thanked them.',
      'Oslo hosted the talks.',
      'Delegates left Oslo.',
      'Let us go to Oslo, he said.',
      'Talks were held in Oslo.',
    ]);
  });

  it('matches acronyms case-sensitively and names only when capitalised', () => {
    const us = compileDataset([
      {
        name: 'c.txt',
        text: 'date 2024-01-01 US\n\nThe US imposed tariffs. Tell us more. Officials in the US agreed.',
      },
    ]);
    expect(factsOf(us, 'us').map((fact) => fact.sentence)).toEqual([0, 2]);
  });
});
