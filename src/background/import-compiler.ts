// Compiles stored imported articles in bounded steps and tells open tabs when it is done. Each step
// compiles at most STEP_ARTICLES articles that are in no segment yet and stores them as one segment
// (import-store.ts), so a worker the browser stops mid-compile loses at most one step, and the next
// worker, whatever woke it, carries on from there and publishes the revision. The bundled dataset is
// never part of a step: it is served from the package throughout.

import type { Override } from '../core/dataset/overrides';
import { type DatasetShard, packDataset } from '../core/dataset/packed-dataset';
import { compileImported } from '../core/imports/compile-imported';
import type { ImportStore, SegmentRecord } from './import-store';

/**
 * Articles per step: 1-2 s of compiling for 250 news articles or notes in Node on a loaded machine,
 * several times that in a loaded browser: well inside the time a browser lets a worker run without an
 * event, and the longest a message waits, since a step is synchronous.
 */
export const STEP_ARTICLES = 250;

export interface ImportCompilerDeps {
  store: ImportStore;
  loadOverrides(): Promise<Override[]>;
  /** Writes storage.local `datasetRevision`, which open tabs watch to fetch match data again. */
  publishRevision(revision: number): Promise<void>;
  /** The revision open tabs were last told of. */
  publishedRevision(): Promise<number | undefined>;
  /** Called between steps: an extension API call tells Chromium the worker is still at work. */
  keepAlive?(): Promise<void>;
  /** Resolves when no message is being answered: each step waits for it (message-activity.ts). */
  whenQuiet?(): Promise<void>;
  /**
   * After a run that compiled or published something: brings what derives from the whole dataset
   * (the search index) up to date once, instead of on whatever message asks first.
   */
  afterCompile?(): Promise<void>;
  stepArticles?: number;
}

export interface ImportCompiler {
  /** Compiles whatever is pending, then publishes; calls made meanwhile are folded into the run. */
  run(): Promise<void>;
  /** Whether a run is under way. */
  busy(): boolean;
  /** Why the last run stopped short (storage full, say), until a run ends well. */
  failure(): unknown;
}

function failed(error: unknown): Pick<SegmentRecord, 'error'> {
  return { error: error instanceof Error ? error.message : String(error) };
}

async function step(deps: ImportCompilerDeps, overrides: Override[]): Promise<boolean> {
  await deps.whenQuiet?.();
  const batch = await deps.store.pending(deps.stepArticles ?? STEP_ARTICLES);
  if (batch.length === 0) return false;
  const keys = batch.map((a) => a.key);
  let compiled: { segment: Pick<SegmentRecord, 'head' | 'error'>; shards: Map<string, DatasetShard> };
  try {
    const { head, shards } = packDataset(compileImported(batch, overrides));
    compiled = { segment: { head }, shards };
  } catch (error) {
    // Imports are checked before they are stored, so this is a fault in the compiler: the articles are
    // kept and reported (live-dataset.ts), not compiled again on every wake.
    compiled = { segment: failed(error), shards: new Map() };
  }
  // A storage failure is thrown: the articles stay pending for the next run. False (nothing stored) when
  // an article was deleted meanwhile: the next step reads what is pending now.
  await deps.store.addSegment(keys, compiled.segment, compiled.shards);
  return true;
}

export function createImportCompiler(deps: ImportCompilerDeps): ImportCompiler {
  let running: Promise<void> | null = null;
  let again = false;
  let failure: unknown;

  const drain = async () => {
    const overrides = await deps.loadOverrides().catch(() => []);
    let changed = false;
    do {
      again = false;
      while (await step(deps, overrides)) {
        changed = true;
        await deps.keepAlive?.();
      }
      const { revision } = await deps.store.state();
      if ((await deps.publishedRevision()) !== revision) {
        await deps.publishRevision(revision);
        changed = true;
      }
    } while (again);
    if (changed) {
      await deps.whenQuiet?.();
      // A failure is no loss: the first search builds what this could not.
      await deps.afterCompile?.().catch(() => undefined);
    }
  };

  return {
    busy: () => running !== null,
    failure: () => failure,
    run() {
      if (running) {
        again = true;
        return running;
      }
      const run = drain()
        .then(
          () => {
            failure = undefined;
          },
          (error: unknown) => {
            failure = error;
            throw error;
          },
        )
        .finally(() => {
          if (running === run) running = null;
        });
      running = run;
      return run;
    },
  };
}
