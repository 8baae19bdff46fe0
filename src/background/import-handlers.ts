// The worker's side of importing, deleting, exporting and restoring articles. Every operation either
// completes or leaves the stored articles as they were, then starts the compiler (import-compiler.ts),
// which compiles what changed in steps and then tells open tabs.
import { ArticleFileError } from '../core/article/parse-article';
import type { DatasetReader } from '../core/dataset/packed-reader';
import { articleKey, MAX_IMPORTED_ARTICLES, summaryOf } from '../core/imports/article-record';
import { buildExport, ExportFileError, parseExport } from '../core/imports/export-file';
import { type ImportPlan, planImport } from '../core/imports/plan-import';
import type { ImportedState, ImportResult } from '../core/imports/types';
import type { Settings } from '../core/settings';
import { ImportLimitError, type ImportStore, PartlyStoredError } from './import-store';
import type { Handlers } from './message-router';
import { isQuotaError, partlyStored, STORAGE_FULL } from './storage-errors';

export interface ImportDeps {
  store: ImportStore;
  loadBundled(): Promise<DatasetReader>;
  loadSettings(): Promise<Settings>;
  storeSettings(settings: Settings): Promise<void>;
  /** Starts compiling what changed (import-compiler.ts); not awaited: the reader is answered at once. */
  importsChanged(): void;
  now(): number;
}

type ImportHandlers = Pick<
  Handlers,
  'importArticles' | 'listImported' | 'deleteImported' | 'exportData' | 'importExport'
>;

// Bundled articles are known too: importing the seed article again is a duplicate, not a second copy.
let bundledKeys: { version: string; keys: Set<string> } | null = null;
export async function knownKeys(deps: ImportDeps): Promise<Set<string>> {
  const bundled = await deps.loadBundled();
  const { version } = bundled.head;
  if (bundledKeys?.version !== version)
    bundledKeys = { version, keys: new Set((await bundled.all()).articles.map(articleKey)) };
  return bundledKeys.keys;
}

function changed(deps: ImportDeps, before: number, after: ImportedState): void {
  if (after.revision !== before) deps.importsChanged();
}

/** After a write that failed: what it left had to be taken back (import-db.ts), which moves the revision. */
async function changedByFailure(deps: ImportDeps, before: number): Promise<void> {
  const after = await deps.store.state().catch(() => undefined);
  if (after) changed(deps, before, after);
}

/** Stores one file's plan in one transaction: the step shared by every way a file arrives. */
export async function storePlan(deps: ImportDeps, plan: ImportPlan): Promise<ImportResult> {
  const before = (await deps.store.state()).revision;
  try {
    const { added, duplicates, state } = await deps.store.add(plan.records, MAX_IMPORTED_ARTICLES);
    changed(deps, before, state);
    return { file: plan.file, status: 'imported', added, duplicates: plan.duplicates + duplicates };
  } catch (error) {
    await changedByFailure(deps, before);
    return rejectionOf(plan.file, error);
  }
}

/** The result for a file refused by a parse or limit error; any other error is thrown again. */
export function rejectionOf(name: string, error: unknown): ImportResult {
  if (error instanceof ArticleFileError) {
    const reason = error.line === undefined ? error.reason : error.reason.replace(/^line \d+: /, '');
    return {
      file: error.file,
      status: 'rejected',
      reason,
      ...(error.line ? { line: error.line } : {}),
    };
  }
  if (error instanceof ImportLimitError) return { file: name, status: 'rejected', reason: error.message };
  if (error instanceof PartlyStoredError)
    return { file: name, status: 'rejected', reason: partlyStored(error.failure, 'import') };
  // The store's transaction was aborted as a whole, so nothing of this file is stored.
  if (isQuotaError(error)) return { file: name, status: 'rejected', reason: STORAGE_FULL };
  throw error;
}

/**
 * Restores an export file's articles and then its settings; throws an Error starting "Not restored:"
 * that says what is wrong, having changed nothing.
 */
export async function restoreExport(
  deps: ImportDeps,
  text: string,
  maxChars?: number,
): Promise<{ added: number; duplicates: number }> {
  let parsed: ReturnType<typeof parseExport>;
  try {
    parsed = parseExport(text, deps.now(), maxChars);
  } catch (error) {
    if (error instanceof ExportFileError) throw new Error(`Not restored: ${error.message}`);
    throw error;
  }
  const before = (await deps.store.state()).revision;
  const known = await knownKeys(deps);
  const fresh = parsed.articles.filter((a) => !known.has(a.key));
  const { added, duplicates, state } = await deps.store
    .add(fresh, MAX_IMPORTED_ARTICLES)
    .catch(async (error) => {
      await changedByFailure(deps, before);
      if (error instanceof PartlyStoredError)
        throw new Error(`Not restored: ${partlyStored(error.failure, 'restore')}`);
      if (isQuotaError(error)) throw new Error(`Not restored: ${STORAGE_FULL}`);
      if (error instanceof ImportLimitError) throw new Error(`Not restored: ${error.message}`);
      throw error;
    });
  // Settings last: a refused article set leaves the settings untouched as well.
  await deps.storeSettings(parsed.settings);
  changed(deps, before, state);
  return { added, duplicates: duplicates + parsed.articles.length - fresh.length };
}

export function createImportHandlers(deps: ImportDeps): ImportHandlers {
  return {
    async importArticles({ name, text }) {
      let plan: ImportPlan;
      try {
        plan = planImport(name, text, await knownKeys(deps), deps.now());
      } catch (error) {
        return rejectionOf(name, error);
      }
      return storePlan(deps, plan);
    },
    async listImported() {
      const all = await deps.store.list();
      return all.map(summaryOf).sort((a, b) => b.importedAt - a.importedAt || a.title.localeCompare(b.title));
    },
    async deleteImported(request) {
      const before = (await deps.store.state()).revision;
      const { removed, state } = await deps.store.remove('all' in request ? 'all' : request.keys);
      changed(deps, before, state);
      return { removed };
    },
    async exportData() {
      const file = buildExport(await deps.loadSettings(), await deps.store.list(), new Date(deps.now()));
      // Not indented: at the store's limit an indented export is several megabytes larger.
      return { json: JSON.stringify(file) };
    },
    importExport: ({ text }) => restoreExport(deps, text),
  };
}
