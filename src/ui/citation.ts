// The card as a Markdown citation: what a reader pastes into notes or a document. Quotes stay
// verbatim; only Markdown syntax is escaped, so a quote cannot turn into a link, emphasis or HTML
// wherever the citation is rendered.
import type { Entity } from '../core/dataset/types';
import type { FactView } from '../core/protocol';
import { isHttpUrl } from '../core/text/http-url';
import { entityTypeLabel } from './entity-labels';

// Backslash escapes work in CommonMark for every ASCII punctuation character; these are the ones that
// start markup anywhere in a line (`<` matters most: it would open raw HTML). Escaping every `#` or `.`
// as well would make ordinary quotes hard to read.
const INLINE_SPECIAL = /[\\`*_[\]<>~]/g;
// Only at the start of a line do these make a heading, list or rule out of a quote.
const LINE_START = /^(#|[-+=]|\d+[.)])/;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(LINE_START, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`);
}

/** Lines as one Markdown blockquote; blank lines stay inside it instead of ending it. */
function blockquote(lines: readonly string[]): string {
  return lines.map((line) => (line ? `> ${line}` : '>')).join('\n');
}

function attribution(fact: FactView, entityName: string): string {
  const parts = [`*${escapeMarkdown(fact.articleTitle.trim())}*`];
  if (fact.source.trim()) parts.push(escapeMarkdown(fact.source.trim()));
  parts.push(fact.date.slice(0, 10));
  // An autolink: URL's own serialisation percent-encodes spaces and angle brackets, so the link
  // cannot end early or open HTML.
  if (fact.articleUrl && isHttpUrl(fact.articleUrl)) parts.push(`<${new URL(fact.articleUrl).href}>`);
  const note =
    fact.resolvedBy === 'reference'
      ? ` (the sentence refers to ${escapeMarkdown(entityName)} by a pronoun or short name)`
      : '';
  return `— ${parts.join(', ')}${note}`;
}

/**
 * Markdown for an entity and the facts the reader was shown: the name and type, the description
 * (itself a quote from an article), then each fact as a blockquote with title, source and date.
 */
export function cardCitation(entity: Entity, facts: readonly FactView[]): string {
  const description = entity.description.trim();
  const head = `**${escapeMarkdown(entity.name.trim())}** (${entityTypeLabel(entity.type)})${
    description ? `: “${escapeMarkdown(description)}”` : ''
  }`;
  const quotes = facts.map((fact) => {
    const textLines = fact.text
      .split(/\r?\n/)
      .map((line) => escapeMarkdown(line.trim()))
      .filter(Boolean);
    return blockquote([...textLines, '', attribution(fact, entity.name.trim())]);
  });
  return `${[head, ...quotes].join('\n\n')}\n`;
}
