import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/dataset/types';
import type { FactView } from '../../src/core/protocol';
import { cardCitation, escapeMarkdown } from '../../src/ui/citation';

const entity: Entity = {
  id: 'e1',
  name: 'Vladimir Putin',
  type: 'person',
  aliases: ['Vladimir Putin', 'Putin'],
  description: 'Russian President',
};

const fact: FactView = {
  id: 'f1',
  text: 'Vladimir Putin spoke at the summit.',
  date: '2024-07-05T10:01:00Z',
  articleId: 'a1',
  articleTitle: 'Summit in Astana',
  source: 'Novinite',
};

describe('cardCitation', () => {
  it('writes the entity and each fact as a blockquote with title, source and date', () => {
    expect(cardCitation(entity, [fact])).toBe(
      [
        '**Vladimir Putin** (Person): “Russian President”',
        '',
        '> Vladimir Putin spoke at the summit.',
        '>',
        '> — *Summit in Astana*, Novinite, 2024-07-05',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a missing description and source', () => {
    const md = cardCitation({ ...entity, description: '' }, [{ ...fact, source: '' }]);
    expect(md.split('\n')[0]).toBe('**Vladimir Putin** (Person)');
    expect(md).toContain('> — *Summit in Astana*, 2024-07-05\n');
  });

  it("links each fact to its article's original address, as an autolink that cannot break out", () => {
    const md = cardCitation(entity, [
      { ...fact, articleUrl: 'https://news.example/a b<c>?q=1' },
      { ...fact, id: 'f2', articleUrl: 'javascript:alert(1)' },
    ]);
    expect(md).toContain(
      '> — *Summit in Astana*, Novinite, 2024-07-05, <https://news.example/a%20b%3Cc%3E?q=1>\n',
    );
    expect(md).not.toContain('javascript:');
    expect(md.match(/^> — .*, 2024-07-05$/gm)).toHaveLength(1);
  });

  it('keeps every fact and marks inferred attributions', () => {
    const md = cardCitation(entity, [fact, { ...fact, id: 'f2', text: 'He left.', resolvedBy: 'reference' }]);
    expect(md.match(/^> — /gm)).toHaveLength(2);
    expect(md).toContain('(the sentence refers to Vladimir Putin by a pronoun or short name)');
  });

  it('escapes Markdown and HTML so a quote cannot become markup', () => {
    const hostile = { ...fact, text: '<img src=x onerror=alert(1)> [link](javascript:x) *bold*' };
    const md = cardCitation(entity, [hostile]);
    expect(md).toContain('> \\<img src=x onerror=alert(1)\\> \\[link\\](javascript:x) \\*bold\\*');
    expect(md).not.toMatch(/(^|[^\\])</);
  });

  it('keeps a multi-line quote inside one blockquote', () => {
    const md = cardCitation(entity, [{ ...fact, text: 'First line.\nSecond line.' }]);
    expect(md).toContain('> First line.\n> Second line.\n>\n> — ');
  });
});

describe('escapeMarkdown', () => {
  it('escapes line-start markers but not ordinary punctuation', () => {
    expect(escapeMarkdown('# 1 story')).toBe('\\# 1 story');
    expect(escapeMarkdown('2024. A year')).toBe('2024\\. A year');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('U.S. #1, up 3.5%!')).toBe('U.S. #1, up 3.5%!');
  });
});
