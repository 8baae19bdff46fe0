// Relations derived while facts are built: which entities share sentences, and on which dates an entity is
// mentioned. Counts only; a card can turn them into "often mentioned with" and a timeline.
import { compareStrings } from './extract-entities';
import type { EntityRelations } from './types';

export class RelationCounter {
  private readonly shared = new Map<string, Map<string, number>>();
  private readonly dates = new Map<string, Map<string, number>>();

  /** One sentence of the given date that mentions all of `entityIds` (distinct). */
  addSentence(entityIds: readonly string[], date: string): void {
    for (const id of entityIds) {
      bump(this.dates, id, date);
      for (const other of entityIds) if (other !== id) bump(this.shared, id, other);
    }
  }

  /** Relations of each entity in `entityIds`, in that order, limited to entities in the same list. */
  build(entityIds: readonly string[]): EntityRelations[] {
    const known = new Set(entityIds);
    return entityIds.map((entityId) => ({
      entityId,
      related: [...(this.shared.get(entityId) ?? [])]
        .filter(([id]) => known.has(id))
        .map(([id, count]) => ({ entityId: id, count }))
        .sort((a, b) => b.count - a.count || compareStrings(a.entityId, b.entityId)),
      timeline: [...(this.dates.get(entityId) ?? [])]
        .map(([date, count]) => ({ date, count }))
        .sort((a, b) => compareStrings(a.date, b.date)),
    }));
  }
}

function bump(map: Map<string, Map<string, number>>, id: string, key: string): void {
  let counts = map.get(id);
  if (!counts) {
    counts = new Map();
    map.set(id, counts);
  }
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
