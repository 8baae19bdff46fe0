// Search results as a listbox grouped by kind. Focus stays in the search field; the active option is
// announced through aria-activedescendant, the combobox pattern screen readers know.
import type { JSX } from 'preact';
import { entityTypeLabel } from '../ui/FactCard';
import type { ResultOption } from './use-search';

const GROUPS: Array<{ kind: ResultOption['kind']; label: string }> = [
  { kind: 'entity', label: 'People, organisations and places' },
  { kind: 'fact', label: 'Facts' },
  { kind: 'article', label: 'Articles' },
];

export const optionDomId = (option: ResultOption) => `opt-${option.id}`;

function OptionBody({ option }: { option: ResultOption }): JSX.Element {
  switch (option.kind) {
    case 'entity': {
      const { entity } = option.card;
      return (
        <>
          <span class="opt-title">{entity.name}</span>
          <span class="opt-meta">
            {entityTypeLabel(entity.type)}
            {entity.description ? ` · ${entity.description}` : ''}
          </span>
        </>
      );
    }
    case 'fact':
      return (
        <>
          <span class="opt-quote">“{option.fact.text}”</span>
          <span class="opt-meta">
            {option.fact.entityName} · {option.fact.articleTitle}, {option.fact.date}
          </span>
        </>
      );
    case 'article':
      return (
        <>
          <span class="opt-title">{option.article.title}</span>
          <span class="opt-meta">
            {option.article.date}
            {option.article.source ? ` · ${option.article.source}` : ''}
          </span>
        </>
      );
  }
}

interface ResultListProps {
  options: ResultOption[];
  active: number;
  onChoose: (index: number) => void;
}

export function ResultList({ options, active, onChoose }: ResultListProps): JSX.Element {
  return (
    <div id="results-list" role="listbox" aria-label="Search results" class="result-list">
      {GROUPS.map(({ kind, label }) => {
        const members = options.map((o, i) => ({ o, i })).filter(({ o }) => o.kind === kind);
        if (members.length === 0) return null;
        return (
          // biome-ignore lint/a11y/useSemanticElements: inside a listbox a group must be role="group"; a fieldset is for form controls
          <div key={kind} role="group" aria-label={label} class="result-group" data-kind={kind}>
            <div class="group-label" aria-hidden="true">
              {label}
            </div>
            {members.map(({ o, i }) => (
              <div
                key={o.id}
                id={optionDomId(o)}
                role="option"
                // Reachable by the arrow keys through aria-activedescendant, not by Tab.
                tabIndex={-1}
                aria-selected={i === active}
                class="option"
                data-kind={o.kind}
                data-entity-id={o.kind === 'entity' ? o.card.entity.id : undefined}
                // mousedown, not click: the search field keeps focus and with it the keyboard.
                onMouseDown={(e) => {
                  e.preventDefault();
                  onChoose(i);
                }}
              >
                <OptionBody option={o} />
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
