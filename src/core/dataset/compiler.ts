// The streaming dataset compiler: add article files one at a time, then finish() once. Between the two it
// keeps the parsed articles (their text is the dataset's content) and per-name tallies, nothing per
// sentence, so memory grows with the corpus's text and vocabulary, not with its tokens. Runs in Node
// (build) and in the worker (imports), so it uses no Node API.
import { ArticleFileError, parseArticleFile } from '../article/parse-article';
import { latestDate } from '../text/dates';
import { hash64 } from '../text/hash';
import { applyOverrides, type OverrideResult } from './apply-overrides';
import { EntityCollector } from './entity-collector';
import { assignIds, compareStrings, draftEntities } from './extract-entities';
import { buildFacts } from './facts';
import type { Override } from './overrides';
import { type Article, DATASET_SCHEMA_VERSION, type Dataset } from './types';

export interface ArticleFile {
  name: string;
  text: string;
}

export interface CompileOptions {
  overrides?: Override[];
  /** Named in override errors. */
  overridesFile?: string;
  /** Default true: an override that matches nothing fails the compile (right for the bundled articles). */
  strictOverrides?: boolean;
}

export class DatasetCompiler {
  private readonly articles: Article[] = [];
  private readonly collector = new EntityCollector();
  private lastFile: string | undefined;
  private finished = false;
  /** Overrides that matched nothing, when not strict. */
  skippedOverrides: string[] = [];

  constructor(private readonly options: CompileOptions = {}) {}

  /**
   * Parses one file and takes in its articles; throws ArticleFileError for a bad file (the compiler is then
   * unchanged). Files must come in name order: that order, not arrival order, fixes every tie-break.
   */
  add(file: ArticleFile): Article[] {
    if (this.finished) throw new Error('DatasetCompiler: add() after finish()');
    if (this.lastFile !== undefined && compareStrings(file.name, this.lastFile) <= 0) {
      const problem = file.name === this.lastFile ? 'duplicate file name' : `added after "${this.lastFile}"`;
      throw new ArticleFileError(file.name, `${problem} (files must be added in name order)`);
    }
    const articles = parseArticleFile(file.name, file.text);
    this.lastFile = file.name;
    for (const article of articles) {
      this.articles.push(article);
      this.collector.addArticle(article);
    }
    return articles;
  }

  finish(): Dataset {
    if (this.finished) throw new Error('DatasetCompiler: finish() called twice');
    this.finished = true;
    const found = this.applyOverrides(draftEntities(this.collector.finish(), this.collector.words));
    this.skippedOverrides = found.skipped;
    const { entities, references } = assignIds(found.entities);
    const { facts, relations } = buildFacts(this.articles, entities, references, this.collector.words);
    // An entity no sentence can be matched to (its aliases were all taken) would show an empty card.
    const withFacts = new Set(facts.map((fact) => fact.entityId));
    const kept = entities.filter((entity) => withFacts.has(entity.id));
    const content = {
      schemaVersion: DATASET_SCHEMA_VERSION,
      date: latestDate(this.articles.map((article) => article.date)),
      articles: this.articles,
      entities: kept,
      facts,
      relations: relations.filter((relation) => withFacts.has(relation.entityId)),
    };
    const { schemaVersion, ...rest } = content;
    return { schemaVersion, version: hash64(JSON.stringify(content)), ...rest };
  }

  private applyOverrides(drafts: ReturnType<typeof draftEntities>): OverrideResult {
    const overrides = this.options.overrides ?? [];
    if (overrides.length === 0) return { entities: drafts, skipped: [] };
    return applyOverrides(drafts, overrides, {
      file: this.options.overridesFile ?? 'overrides',
      strict: this.options.strictOverrides ?? true,
      isQuoted: (text) => this.articles.some((article) => article.paragraphs.some((p) => p.includes(text))),
    });
  }
}
