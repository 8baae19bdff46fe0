import browser from 'webextension-polyfill';
import { type Override, parseOverrides } from '../core/dataset/overrides';
import { HEAD_FILE, shardFile } from '../core/dataset/packed-dataset';
import { checkHead, createPackedReader, type DatasetReader } from '../core/dataset/packed-reader';
import type { ImportCompiler } from './import-compiler';
import { indexedDbImportStore } from './import-db';
import { createLiveDataset, type LiveDataset } from './live-dataset';
import { indexedDbSearchIndexStore } from './search-index-db';
import { searchIndexLoader } from './search-index-loader';

export type LoadedDataset = LiveDataset;

const OVERRIDES_FILE = 'overrides.json';

async function readPackaged(file: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(file));
  if (!response.ok) throw new Error(`cannot read ${file}: HTTP ${response.status}`);
  return response;
}

/** The corrections the build applied, applied again when imported articles are compiled. */
export async function loadOverrides(): Promise<Override[]> {
  return parseOverrides(OVERRIDES_FILE, await (await readPackaged(OVERRIDES_FILE)).text());
}

let bundled: Promise<DatasetReader> | null = null;

async function openBundled(): Promise<DatasetReader> {
  // The build validated the data; a wake reads only the head and checks its format (packed-reader.ts).
  const head = checkHead(await (await readPackaged(HEAD_FILE)).json());
  return createPackedReader(head, async (name) => (await readPackaged(shardFile(name))).json());
}

/** The packaged dataset's reader, opened on first use after every worker start. */
export function loadBundledDataset(): Promise<DatasetReader> {
  if (!bundled) {
    bundled = openBundled().catch((error: unknown) => {
      bundled = null; // let the next message retry instead of caching the failure
      throw error;
    });
  }
  return bundled;
}

/** A file of the search index built with the package (see search-index-loader.ts for when it is used). */
async function readBundledSearchIndex(file: string): Promise<unknown> {
  return (await readPackaged(file)).json();
}

/**
 * Bundled plus imported articles (see live-dataset.ts). What memory holds is only a derived copy: when
 * the browser kills the idle worker it is read again from the package and IndexedDB. `compiler` says
 * whether the import compiler is at work (searches meanwhile keep the index made before) and why its
 * last run stopped short.
 */
export function datasetGetter(
  compiler: Pick<ImportCompiler, 'busy' | 'failure'>,
): () => Promise<LiveDataset> {
  return createLiveDataset({
    loadBundled: loadBundledDataset,
    store: indexedDbImportStore,
    loadSearchIndex: searchIndexLoader({
      readBundled: readBundledSearchIndex,
      store: indexedDbSearchIndexStore,
    }),
    compilerBusy: () => compiler.busy(),
    compileFailure: () => compiler.failure(),
  });
}
