// The compiler's rules on short sentences of our own, each with a near-miss that must not fire.
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/core/dataset/compile';
import type { Dataset } from '../../src/core/dataset/types';

function compile(...paragraphs: string[]): Dataset {
  return compileDataset([{ name: 'rules.txt', text: `date 2024-05-01 Rules\n\n${paragraphs.join('\n\n')}` }]);
}

const entity = (dataset: Dataset, name: string) => dataset.entities.find((e) => e.name === name);
const names = (dataset: Dataset) => dataset.entities.map((e) => e.name).sort();
const factsOf = (dataset: Dataset, name: string) =>
  dataset.facts.filter((fact) => fact.entityId === entity(dataset, name)?.id);

describe('acronym definitions', () => {
  it('joins a name and the acronym defined after it, also before a noun ("(SCO) summit")', () => {
    const dataset = compile(
      'Leaders met at the Baltic Fisheries Organization (BFO) summit in Riga. The BFO summit ended late.',
    );
    expect(entity(dataset, 'Baltic Fisheries Organization')?.aliases).toEqual([
      'Baltic Fisheries Organization',
      'BFO',
    ]);
    expect(entity(dataset, 'BFO')).toBeUndefined();
  });

  it('near-miss: an acronym in parentheses that is not a definition stays apart', () => {
    const dataset = compile('The Baltic Fisheries Organization met in Riga (AFP). The UN later spoke.');
    expect(entity(dataset, 'Baltic Fisheries Organization')?.aliases).toEqual([
      'Baltic Fisheries Organization',
    ]);
    expect(dataset.entities.some((e) => e.aliases.includes('AFP') && e.name !== 'AFP')).toBe(false);
  });
});

describe('titles and appositives', () => {
  it('takes the title before a name as its description, verbatim', () => {
    const dataset = compile(
      'US presidential candidate Mara Lindqvist spoke in Denver. Finnish Foreign Minister Elina Valtonen listened.',
    );
    expect(entity(dataset, 'Mara Lindqvist')).toMatchObject({
      type: 'person',
      description: 'US presidential candidate',
    });
    expect(entity(dataset, 'Elina Valtonen')?.description).toBe('Finnish Foreign Minister');
  });

  it('takes an appositive after a name', () => {
    const dataset = compile('The Harlow Institute, a London think tank, published a report on Tuesday.');
    expect(entity(dataset, 'Harlow Institute')?.description).toBe('London think tank');
  });
});

describe('later short forms', () => {
  it('links a surname and "the Rada"-style head words to the full name', () => {
    const dataset = compile(
      'Prime Minister Tomas Ruud addressed the Storting Assembly. Ruud left early. Critics said the Assembly was divided.',
      'Delegates praised the Grand Riksdag. Later the Riksdag voted.',
    );
    expect(entity(dataset, 'Tomas Ruud')?.aliases).toEqual(['Tomas Ruud', 'Ruud']);
    expect(entity(dataset, 'Grand Riksdag')?.aliases).toEqual(['Grand Riksdag', 'Riksdag']);
    // "Assembly" is a generic head: it is not taken as a short form of one assembly.
    expect(entity(dataset, 'Storting Assembly')?.aliases).toEqual(['Storting Assembly']);
  });

  it('near-miss: a surname two people share belongs to neither', () => {
    const dataset = compile('Lena Berg met Oskar Berg in Bergen. Berg said nothing.');
    expect(entity(dataset, 'Lena Berg')?.aliases).toEqual(['Lena Berg']);
    expect(entity(dataset, 'Oskar Berg')?.aliases).toEqual(['Oskar Berg']);
    expect(factsOf(dataset, 'Lena Berg').map((f) => f.text)).toEqual(['Lena Berg met Oskar Berg in Bergen.']);
  });
});

describe('sentence openers', () => {
  it('near-miss: a capitalised opener that is not a name is no entity', () => {
    const dataset = compile('Prices rose in Lagos. Shares fell in Lagos. Officials blamed the weather.');
    expect(names(dataset)).toEqual(['Lagos']);
  });

  it('keeps an opener used as a name elsewhere in the corpus, even in a later article', () => {
    const dataset = compileDataset([
      { name: 'a.txt', text: 'date 2024-05-01 A\n\nVarga resigned on Monday.' },
      { name: 'b.txt', text: 'date 2024-05-02 B\n\nReporters asked Varga about it.' },
    ]);
    // Both are facts; the one with Varga as its subject ranks first.
    expect(factsOf(dataset, 'Varga').map((fact) => fact.text)).toEqual([
      'Varga resigned on Monday.',
      'Reporters asked Varga about it.',
    ]);
  });
});

describe('facts resolved by reference', () => {
  it('attributes a pronoun sentence to the one person named just before it, marked as a reference', () => {
    const dataset = compile(
      'Mayor Anna Kovac opened the bridge in Split. She said it cost less than planned.',
    );
    const facts = factsOf(dataset, 'Anna Kovac');
    expect(facts.map((f) => [f.text, f.resolvedBy])).toEqual([
      ['Mayor Anna Kovac opened the bridge in Split.', undefined],
      ['She said it cost less than planned.', 'reference'],
    ]);
  });

  it('does not call a short form its own article defines an inference', () => {
    const dataset = compile('Governor Ivo Petrak visited Zadar. Petrak also met farmers.');
    expect(factsOf(dataset, 'Ivo Petrak').map((f) => [f.text, f.resolvedBy])).toEqual([
      ['Governor Ivo Petrak visited Zadar.', undefined],
      ['Petrak also met farmers.', undefined],
    ]);
  });

  it('does not call a surname read inside the article, or an acronym it defines, an inference', () => {
    const dataset = compile(
      'Mayor Anna Kovac met the Baltic Fisheries Organization (BFO) in Split.',
      'Later Kovac left. The BFO stayed.',
    );
    expect(factsOf(dataset, 'Anna Kovac').map((f) => [f.text, f.resolvedBy])).toContainEqual([
      'Later Kovac left.',
      undefined,
    ]);
    expect(factsOf(dataset, 'Baltic Fisheries Organization').map((f) => f.text)).toContain('The BFO stayed.');
    expect(dataset.facts.filter((f) => f.resolvedBy)).toEqual([]);
  });

  it('near-miss: a short form only another article ties to its entity stays an inference', () => {
    const dataset = compileDataset([
      {
        name: 'a.txt',
        text: 'date 2024-05-01 A\n\nGovernor Ivo Petrak visited Zadar. Petrak also met farmers.',
      },
      { name: 'b.txt', text: 'date 2024-05-02 B\n\nPetrak opened a school in Split.' },
    ]);
    expect(factsOf(dataset, 'Ivo Petrak').map((f) => [f.text, f.resolvedBy])).toEqual([
      ['Petrak opened a school in Split.', 'reference'],
      ['Governor Ivo Petrak visited Zadar.', undefined],
      ['Petrak also met farmers.', undefined],
    ]);
  });

  it('near-miss: a pronoun after two people is attributed to neither', () => {
    const dataset = compile('Anna Kovac met Ivo Petrak in Zadar. He said the talks went well.');
    expect(dataset.facts.some((f) => f.text.startsWith('He said'))).toBe(false);
  });

  it('near-miss: a pronoun after a place is not attributed to it', () => {
    const dataset = compile('Floods hit Zadar on Monday. It said nothing.', 'He left Zadar.');
    expect(dataset.facts.filter((f) => f.resolvedBy)).toEqual([]);
  });
});

describe('repeated sentences', () => {
  const repeated = 'Governor Ivo Petrak opened the bridge in Zadar.';
  const file = (name: string, date: string, times: number) => ({
    name,
    text: `date ${date} ${name}\n\n${Array.from({ length: times }, () => `${repeated} Rain fell.`).join('\n\n')}`,
  });

  it('gives one fact per entity for a sentence an article repeats, and counts it once', () => {
    const dataset = compileDataset([file('a.txt', '2024-05-01', 50)]);
    expect(factsOf(dataset, 'Ivo Petrak').map((f) => f.text)).toEqual([repeated]);
    expect(factsOf(dataset, 'Zadar').map((f) => f.text)).toEqual([repeated]);
    const petrak = dataset.relations.find((r) => r.entityId === entity(dataset, 'Ivo Petrak')?.id);
    expect(petrak?.timeline).toEqual([{ date: '2024-05-01', count: 1 }]);
    expect(petrak?.related).toEqual([{ entityId: entity(dataset, 'Zadar')?.id, count: 1 }]);
  });

  it('near-miss: the same sentence in another article is a fact of its own, with its own source', () => {
    const dataset = compileDataset([file('a.txt', '2024-05-01', 3), file('b.txt', '2024-05-02', 2)]);
    const facts = factsOf(dataset, 'Ivo Petrak');
    expect(facts.map((f) => f.text)).toEqual([repeated, repeated]);
    expect(new Set(facts.map((f) => f.articleId)).size).toBe(2);
  });
});

describe('relations', () => {
  const dataset = compileDataset([
    {
      name: 'a.txt',
      text: 'date 2024-01-02 A\n\nMayor Anna Kovac visited Zadar. Kovac later visited Split.',
    },
    { name: 'b.txt', text: 'date 2024-03-04 B\n\nKovac returned to Zadar. Zadar and Split signed a deal.' },
  ]);
  const relations = (name: string) => dataset.relations.find((r) => r.entityId === entity(dataset, name)?.id);

  it('counts the sentences an entity shares with each other entity, most first', () => {
    const id = (name: string) => entity(dataset, name)?.id;
    expect(relations('Zadar')?.related).toEqual([
      { entityId: id('Anna Kovac'), count: 2 },
      { entityId: id('Split'), count: 1 },
    ]);
  });

  it('lists the dates of all mentions for a timeline, oldest first', () => {
    expect(relations('Zadar')?.timeline).toEqual([
      { date: '2024-01-02', count: 1 },
      { date: '2024-03-04', count: 2 },
    ]);
  });
});
