import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/article/parse-article';
import { extractEntities } from '../../src/core/dataset/extract-entities';
import type { Article, Entity } from '../../src/core/dataset/types';

const SEED = '000_a044969bcc17613b.txt';
const seed = parseArticleFile(SEED, readFileSync(`assets/articles/${SEED}`, 'utf8'));

function article(...paragraphs: string[]): Article {
  return { id: 'a1', title: 'T', date: '2024-01-01', section: '', source: '', file: 't.txt', paragraphs };
}

function entitiesOf(...paragraphs: string[]): Entity[] {
  return extractEntities([article(...paragraphs)]);
}

function byName(entities: Entity[], name: string): Entity | undefined {
  return entities.find((entity) => entity.name === name);
}

describe('extractEntities on the seed article', () => {
  const entities = extractEntities(seed);
  const required: Array<[string, Entity['type'], string[], string]> = [
    ['Vladimir Putin', 'person', ['Putin'], 'Russian President'],
    ['Volodymyr Zelensky', 'person', ['Zelensky'], 'Ukrainian President'],
    ['Donald Trump', 'person', ['Trump'], 'US presidential candidate'],
    ['Shanghai Cooperation Organization', 'organisation', ['SCO'], ''],
    ['Institute for the Study of War', 'organisation', ['ISW'], ''],
    ['NATO', 'organisation', [], ''],
    ['Verkhovna Rada', 'organisation', ['Rada'], ''],
    ['Ukraine', 'place', [], ''],
    ['Russia', 'place', [], ''],
    ['Kyiv', 'place', [], ''],
    ['Moscow', 'place', [], ''],
    ['Astana', 'place', [], ''],
  ];

  it.each(required)('finds %s', (name, type, aliases, description) => {
    const entity = byName(entities, name);
    expect(entity).toBeDefined();
    expect(entity?.type).toBe(type);
    expect(entity?.aliases[0]).toBe(name);
    expect(entity?.aliases).toEqual(expect.arrayContaining(aliases));
    expect(entity?.description).toBe(description);
  });

  it('quotes every description from the article', () => {
    const text = seed.flatMap((a) => a.paragraphs).join('\n');
    for (const entity of entities) if (entity.description) expect(text).toContain(entity.description);
  });

  it('outputs no sentence openers, adjectives or fragments', () => {
    const names = entities.flatMap((entity) => entity.aliases);
    for (const junk of [
      'However',
      'Instead',
      'Last',
      'Last month',
      'Analysts',
      'Additionally',
      'Ukrainian',
      'Russian',
      'President',
      'The',
    ]) {
      expect(names).not.toContain(junk);
    }
    // Everything found is something a reader would list; US is the only extra.
    expect(entities.map((entity) => entity.name).sort()).toEqual(
      [...required.map(([name]) => name), 'US'].sort(),
    );
  });

  it('gives unique slug ids sorted by id', () => {
    const ids = entities.map((entity) => entity.id);
    expect(ids).toContain('vladimir-putin');
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('acronym rules', () => {
  it('links a defined acronym to its name', () => {
    const found = entitiesOf('The Centre for Policy Studies (CPS) spoke. Later the CPS left.');
    expect(byName(found, 'Centre for Policy Studies')?.aliases).toEqual(['Centre for Policy Studies', 'CPS']);
    expect(byName(found, 'CPS')).toBeUndefined();
  });

  it('links an undefined acronym by the initials of a name in the text', () => {
    const entities = entitiesOf(
      'Delegates met at the European Free Trade Association summit.',
      'The EFTA summit ended.',
    );
    expect(byName(entities, 'European Free Trade Association')?.aliases).toContain('EFTA');
  });

  it('ignores parentheses that are not definitions', () => {
    const entities = entitiesOf(
      'The Global Energy Forum (see below) met in Oslo (2024). The Global Energy Forum (AP) spoke again.',
    );
    const forum = byName(entities, 'Global Energy Forum');
    expect(forum?.aliases).toEqual(['Global Energy Forum']);
    expect(entities.some((entity) => entity.aliases.includes('see'))).toBe(false);
    expect(byName(entities, 'AP')?.aliases ?? []).not.toContain('Global Energy Forum');
  });

  it('treats dotted and plain forms of an acronym as one name', () => {
    const entities = entitiesOf('Officials in the United States said the U.S. would act. The US agreed.');
    const us = byName(entities, 'United States');
    expect(us?.type).toBe('place');
    expect(us?.aliases).toEqual(expect.arrayContaining(['U.S.', 'US']));
  });
});

describe('people', () => {
  it('takes the title before a name as the description, honorifics aside', () => {
    const entities = entitiesOf(
      'German Chancellor Olaf Scholz arrived. Later, Scholz spoke to Mr. Peter Novak.',
    );
    expect(byName(entities, 'Olaf Scholz')).toMatchObject({
      type: 'person',
      description: 'German Chancellor',
    });
    expect(byName(entities, 'Olaf Scholz')?.aliases).toEqual(['Olaf Scholz', 'Scholz']);
    expect(byName(entities, 'Peter Novak')).toMatchObject({ type: 'person', description: '' });
  });

  it('does not alias a surname shared by two people', () => {
    const entities = entitiesOf('John Smith met Anna Smith. Smith said nothing.');
    expect(byName(entities, 'John Smith')?.aliases).toEqual(['John Smith']);
    expect(byName(entities, 'Anna Smith')?.aliases).toEqual(['Anna Smith']);
    expect(byName(entities, 'Smith')).toBeUndefined();
  });

  it('keeps name particles in the surname and finds the organisation inside a title', () => {
    const entities = entitiesOf(
      "European Commission President Ursula von der Leyen spoke. Critics attacked von der Leyen's plan.",
    );
    const ursula = byName(entities, 'Ursula von der Leyen');
    expect(ursula).toMatchObject({ type: 'person', description: 'European Commission President' });
    expect(ursula?.aliases).toEqual(['Ursula von der Leyen', 'von der Leyen']);
    expect(byName(entities, 'European Commission')?.type).toBe('organisation');
    expect(byName(entities, 'Leyen')).toBeUndefined();
  });

  it('reads multi-word titles and leaves organisations with role-like words alone', () => {
    const entities = entitiesOf(
      'Secretary of State Antony Blinken flew in. NATO Secretary General Mark Rutte met him.',
      'Shares of General Motors rose.',
    );
    expect(byName(entities, 'Antony Blinken')?.description).toBe('Secretary of State');
    expect(byName(entities, 'Mark Rutte')?.description).toBe('NATO Secretary General');
    expect(byName(entities, 'NATO')?.type).toBe('organisation');
    expect(byName(entities, 'General Motors')).toBeDefined();
    expect(byName(entities, 'Motors')).toBeUndefined();
  });
});

describe('sentence openers and adjectives', () => {
  it('drops capitalised openers that are not names', () => {
    const entities = entitiesOf(
      'However, talks failed. Instead of waiting, Oslo acted. Analysts disagree. Additionally, Norwegian officials left.',
      'Last month, the mood changed. Meanwhile Oslo waited.',
    );
    expect(entities.map((entity) => entity.name)).toEqual(['Oslo']);
  });

  it('keeps a sentence-initial name that is used as a name elsewhere', () => {
    const entities = entitiesOf('Kowalczyk resigned. Officials thanked Kowalczyk.');
    expect(byName(entities, 'Kowalczyk')).toBeDefined();
  });
});
