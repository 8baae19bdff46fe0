// Which names only the reader's imported articles give: an entity the bundled dataset does not have,
// or an alias it does not list for one of its own entities. Marks of these are private (a page must
// not learn them); everything else the package itself would mark anyway, so it may stay public.

import type { Entity } from '../dataset/types';
import type { PrivateNames } from '../protocol';
import { normaliseAlias } from './fold';

type Named = Pick<Entity, 'id' | 'aliases'>;

export function privateNames(bundled: readonly Named[], served: readonly Named[]): PrivateNames {
  const known = new Map<string, Set<string>>();
  for (const e of bundled) known.set(e.id, new Set(e.aliases.map(normaliseAlias)));
  const entityIds: string[] = [];
  const aliases: PrivateNames['aliases'] = [];
  for (const e of served) {
    const own = known.get(e.id);
    if (!own) {
      entityIds.push(e.id);
      continue;
    }
    for (const alias of e.aliases) {
      const form = normaliseAlias(alias);
      if (!own.has(form)) aliases.push({ entityId: e.id, alias: form });
    }
  }
  return { entityIds, aliases };
}

/** The test a tab applies to each mark; false for everything when nothing is imported. */
export function privacyTest(names: PrivateNames | undefined): (entityId: string, alias: string) => boolean {
  if (!names || (names.entityIds.length === 0 && names.aliases.length === 0)) return () => false;
  const entities = new Set(names.entityIds);
  const aliases = new Set(names.aliases.map((a) => `${a.entityId}\u0000${a.alias}`));
  return (entityId, alias) => entities.has(entityId) || aliases.has(`${entityId}\u0000${alias}`);
}
