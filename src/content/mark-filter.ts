// Which matches become marks: the entity types the reader chose, minus muted entities, and with
// "first mention only" just the earliest mark per entity in document order. Applied as marks are
// added, so the scanner and the highlight registry never hold a mark the reader did not ask for.
// It also tells private marks (names only imported articles give) from public ones: the store draws
// those where the page cannot read them. First-mention-only picks a first mark per entity in each kind
// separately, so which public mark is shown never depends on where a private one is.
import { type Mark, MarkStore } from './highlighter';
import { compareMarks } from './mark-order';

export interface MarkFilter {
  isMarked(entityId: string): boolean;
  firstMentionOnly: boolean;
  /** True for an entity or alias only imported articles give; absent: nothing is private. */
  isPrivate?(entityId: string, alias: string): boolean;
}

export const MARK_ALL: MarkFilter = { isMarked: () => true, firstMentionOnly: false };

/** The first-mention slot of a mark: public and private marks of one entity are kept apart. */
const slotOf = (mark: Mark) => (mark.private ? `${mark.entityId}\u0000private` : mark.entityId);

export class FilteredMarkStore extends MarkStore {
  private filter: MarkFilter = MARK_ALL;
  /** With first-mention-only: the one mark kept per entity. */
  private readonly firsts = new Map<string, Mark>();

  /** Takes effect for marks added from now on; the caller clears and rescans to apply it to the page. */
  setFilter(filter: MarkFilter): void {
    this.filter = filter;
    this.firsts.clear();
  }

  override add(mark: Mark): void {
    if (!this.filter.isMarked(mark.entityId)) return;
    if (this.filter.isPrivate?.(mark.entityId, mark.alias)) mark.private = true;
    if (!this.filter.firstMentionOnly) {
      super.add(mark);
      return;
    }
    const slot = slotOf(mark);
    const kept = this.firsts.get(slot);
    if (kept && compareMarks(kept, mark) <= 0) return;
    // Scanning goes visible part first, so an earlier mention can arrive after a later one.
    if (kept) super.removeWhere((m) => m === kept);
    this.firsts.set(slot, mark);
    super.add(mark);
  }

  override removeWhere(drop: (mark: Mark) => boolean): void {
    const before = this.size;
    super.removeWhere(drop);
    if (this.size !== before) this.resync();
  }

  override removeTouching(nodes: Iterable<Text>): void {
    const before = this.size;
    super.removeTouching(nodes);
    if (this.size !== before) this.resync();
  }

  override clear(): void {
    super.clear();
    this.firsts.clear();
  }

  /** With first-mention-only the store holds one mark per entity, so this walk is short. */
  private resync(): void {
    if (!this.filter.firstMentionOnly) return;
    this.firsts.clear();
    for (const mark of this.marks()) this.firsts.set(slotOf(mark), mark);
  }
}
