// Which mentions are marked and how they look. Each control saves on change through `update`.
import type { JSX } from 'preact';
import type { EntityType } from '../core/dataset/types';
import { ENTITY_TYPES, type MarkStyleKind, SETTINGS_DEFAULTS, type Settings } from '../core/settings';
import { entityTypeLabel } from '../ui/FactCard';

interface FieldProps {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}

const PLURAL: Record<EntityType, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  other: 'Other names',
};

export function TypesField({ settings, update }: FieldProps): JSX.Element {
  const toggle = (type: EntityType, on: boolean) => {
    const chosen = new Set(settings.markTypes);
    if (on) chosen.add(type);
    else chosen.delete(type);
    update({ markTypes: ENTITY_TYPES.filter((t) => chosen.has(t)) });
  };
  return (
    <fieldset id="mark-types">
      <legend>Mark these kinds of names</legend>
      {ENTITY_TYPES.map((type) => (
        <div class="check" key={type}>
          <input
            id={`type-${type}`}
            type="checkbox"
            checked={settings.markTypes.includes(type)}
            onChange={(e) => toggle(type, e.currentTarget.checked)}
          />
          <label for={`type-${type}`} title={entityTypeLabel(type)}>
            {PLURAL[type]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

const STYLE_LABELS: Record<MarkStyleKind, string> = {
  underline: 'Dotted underline',
  background: 'Background tint',
};

export function StyleField({ settings, update }: FieldProps): JSX.Element {
  const { markStyle } = settings;
  const isDefault = markStyle.color === SETTINGS_DEFAULTS.markStyle.color;
  return (
    <fieldset id="mark-style">
      <legend>How marks look</legend>
      {(Object.keys(STYLE_LABELS) as MarkStyleKind[]).map((kind) => (
        <div class="check" key={kind}>
          <input
            id={`style-${kind}`}
            type="radio"
            name="mark-style"
            checked={markStyle.kind === kind}
            onChange={() => update({ markStyle: { ...markStyle, kind } })}
          />
          <label for={`style-${kind}`}>{STYLE_LABELS[kind]}</label>
        </div>
      ))}
      <div class="row color-row">
        <label for="mark-color">Colour</label>
        <input
          id="mark-color"
          type="color"
          value={markStyle.color}
          aria-describedby="mark-color-help"
          onChange={(e) => update({ markStyle: { ...markStyle, color: e.currentTarget.value } })}
        />
        <span class="mark-sample" data-kind={markStyle.kind} style={{ '--mark': markStyle.color }}>
          Sample mark
        </span>
        {isDefault ? null : (
          <button
            type="button"
            id="mark-color-reset"
            onClick={() => update({ markStyle: { ...markStyle, color: SETTINGS_DEFAULTS.markStyle.color } })}
          >
            Reset colour
          </button>
        )}
      </div>
      <p class="help" id="mark-color-help">
        The default blue reads on both light and dark pages.
      </p>
    </fieldset>
  );
}

export function FirstMentionField({ settings, update }: FieldProps): JSX.Element {
  return (
    <div class="check">
      <input
        id="first-mention-only"
        type="checkbox"
        checked={settings.firstMentionOnly}
        onChange={(e) => update({ firstMentionOnly: e.currentTarget.checked })}
      />
      <label for="first-mention-only">Mark only the first mention of each name on a page</label>
    </div>
  );
}
