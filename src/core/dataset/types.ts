// The compiled dataset: the one shape shared by the build step (Node), the worker and the UI.
// Everything a card shows comes from here, and every fact points back to its article.

// 2: facts may be resolved by reference; per-entity relations; the dataset's own date.
export const DATASET_SCHEMA_VERSION = 2;

export type EntityType = 'person' | 'organisation' | 'place' | 'other';

export interface Article {
  /** Stable across builds: derived from the file name and the article's place in it, never from build order. */
  id: string;
  title: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The section/dateline line as printed, e.g. "World » UKRAINE | July 5, 2024, Friday // 10:01". */
  section: string;
  /** Publisher or source, when the article names one (e.g. the "Bulgaria:" label before the headline). */
  source: string;
  /** File the article came from, for provenance and error messages. */
  file: string;
  paragraphs: string[];
  /** Where the article was published, when the file gives one (JSON imports). Absent otherwise. */
  url?: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form that marks this entity on a page, canonical name included. */
  aliases: string[];
  /** Short description quoted from article text (e.g. "Russian President"); empty when no article gives one. */
  description: string;
}

export interface Fact {
  id: string;
  entityId: string;
  /** The sentence exactly as it stands in the article. Never rewritten. */
  text: string;
  articleId: string;
  date: string;
  paragraph: number;
  sentence: number;
  /**
   * Set when the sentence names the entity only by a pronoun ("He emphasized…" right after "Vladimir
   * Putin"), or only by a short form its own article never ties to the entity (other articles do): the
   * attribution is an inference, which a card may want to show. Absent when the sentence names the
   * entity, in full or by a short form its article defines ("Putin" after "Vladimir Putin", "ISW").
   */
  resolvedBy?: 'reference';
}

/** How often an entity shares a sentence with another one. */
export interface Related {
  entityId: string;
  /** Number of sentences that mention both. */
  count: number;
}

/** Per-date count of an entity's mentions (sentences), for a timeline. */
export interface MentionDate {
  date: string;
  count: number;
}

/** Derived from the facts: who else is mentioned with the entity, and when it was mentioned. */
export interface EntityRelations {
  entityId: string;
  /** Most shared sentences first, then by id. */
  related: Related[];
  /** Oldest first. */
  timeline: MentionDate[];
}

export interface Dataset {
  schemaVersion: number;
  /** Content hash of the compiled data: changes exactly when the data changes. */
  version: string;
  /** Date of the newest article: what the data is current to (not the build time: builds stay identical). */
  date: string;
  articles: Article[];
  entities: Entity[];
  facts: Fact[];
  /** One record per entity, in entity order. */
  relations: EntityRelations[];
}
