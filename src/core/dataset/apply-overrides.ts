// Applies the overrides file to the automatically found entities. Overrides correct the result; they can
// never add an entity or a description of their own, so a card still shows only what the articles say.
import { compareStrings, type DraftEntity } from './extract-entities';
import { describeOverride, type Override, OverrideError } from './overrides';

export interface OverrideContext {
  file: string;
  /** Build: an entry that matches nothing is an error. Imports of other articles: it is skipped. */
  strict: boolean;
  /** True when `text` occurs verbatim in some article. */
  isQuoted: (text: string) => boolean;
}

export interface OverrideResult {
  entities: DraftEntity[];
  /** Entries that matched nothing (only when not strict), as "overrides.N (op "name"): problem". */
  skipped: string[];
}

export function applyOverrides(
  drafts: DraftEntity[],
  overrides: Override[],
  context: OverrideContext,
): OverrideResult {
  let entities = drafts.map((entity) => ({ ...entity }));
  const skipped: string[] = [];
  const find = (name: string): DraftEntity | undefined => {
    const named = entities.find((entity) => entity.name === name);
    if (named) return named;
    const aliased = entities.filter((entity) => entity.aliases.includes(name));
    return aliased.length === 1 ? aliased[0] : undefined;
  };
  overrides.forEach((entry, index) => {
    const problem = applyOne(entry, find, context);
    if (typeof problem === 'string') {
      const message = `${describeOverride(entry, index)}: ${problem}`;
      if (context.strict) throw new OverrideError(context.file, message);
      skipped.push(message);
    } else if (problem) entities = entities.filter((entity) => !problem.has(entity));
  });
  checkAliasOwners(entities, context.file);
  return { entities: entities.map(sortAliases), skipped };
}

/** A problem message, the entities to remove, or undefined when done in place. */
function applyOne(
  entry: Override,
  find: (name: string) => DraftEntity | undefined,
  context: OverrideContext,
): string | Set<DraftEntity> | undefined {
  const subject = entry.op === 'merge' ? entry.into : entry.op === 'suppress' ? entry.name : entry.entity;
  const target = find(subject);
  if (entry.op === 'suppress') return suppress(entry.name, target);
  if (!target) return `no entity has the name or alias "${subject}"`;
  if (entry.op === 'set') {
    if (entry.description !== undefined) {
      if (!context.isQuoted(entry.description))
        return `description "${entry.description}" is not in any article`;
      target.description = entry.description;
    }
    if (entry.type) target.type = entry.type;
    return undefined;
  }
  if (entry.op === 'alias') {
    const taken = entry.add.find((alias) => find(alias) && find(alias) !== target);
    if (taken) return `"${taken}" already names another entity`;
    target.aliases = unique([...target.aliases, ...entry.add]);
    return undefined;
  }
  const sources = entry.names.map((name) => ({ name, entity: find(name) }));
  const missing = sources.find((source) => !source.entity || source.entity === target);
  if (missing) return `"${missing.name}" is not another entity`;
  const removed = new Set<DraftEntity>();
  for (const { entity } of sources) {
    if (!entity) continue;
    target.aliases = unique([...target.aliases, ...entity.aliases]);
    target.referenceAliases = unique([...target.referenceAliases, ...entity.referenceAliases]);
    target.description ||= entity.description;
    removed.add(entity);
  }
  return removed;
}

function suppress(name: string, entity: DraftEntity | undefined): string | Set<DraftEntity> | undefined {
  if (!entity) return `no entity has the name or alias "${name}"`;
  if (entity.name === name) return new Set([entity]);
  entity.aliases = entity.aliases.filter((alias) => alias !== name);
  entity.referenceAliases = entity.referenceAliases.filter((alias) => alias !== name);
  return undefined;
}

/** After merges and added aliases, one alias must still mark one entity only. */
function checkAliasOwners(entities: DraftEntity[], file: string): void {
  const owners = new Map<string, string>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const owner = owners.get(alias);
      if (owner !== undefined && owner !== entity.name)
        throw new OverrideError(
          file,
          `after the overrides, "${alias}" names both "${owner}" and "${entity.name}"`,
        );
      owners.set(alias, entity.name);
    }
  }
}

function sortAliases(entity: DraftEntity): DraftEntity {
  const rest = entity.aliases.filter((alias) => alias !== entity.name).sort(compareStrings);
  return {
    ...entity,
    aliases: [entity.name, ...rest],
    referenceAliases: [...entity.referenceAliases].sort(compareStrings),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
