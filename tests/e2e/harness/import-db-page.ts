// The extension's IndexedDB as a fault leaves it, reached from one of the extension's own pages (the
// worker's database is per extension origin): a database left at a newer version by a rolled-back
// install, and a stored shard that cannot be read for a while.
import type { Page } from 'puppeteer-core';

const DB = 'factlens';

/** Opens the imports' database at `version`, as a newer Factlens would, and closes it again. */
export function upgradeImportDb(page: Page, version: number): Promise<number> {
  return page.evaluate(
    (name, v) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name, v);
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error('blocked: the worker did not let go of the database'));
        open.onsuccess = () => {
          const { version: now } = open.result;
          open.result.close();
          resolve(now);
        };
      }),
    DB,
    version,
  );
}

export function deleteImportDb(page: Page): Promise<void> {
  return page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => resolve();
      }),
    DB,
  );
}

/** Keys of the stored shards of compiled segments. */
export function segmentShardKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('segmentShards').objectStore('segmentShards').getAllKeys();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map(String));
          };
        };
      }),
    DB,
  );
}

/**
 * Takes a stored shard away (the worker's reads of it fail) and returns a function that puts it back,
 * as it was: a fault whose cause then goes away.
 */
export async function takeShard(page: Page, key: string): Promise<() => Promise<void>> {
  await page.evaluate(
    (name, k) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('segmentShards', 'readwrite');
          const store = tx.objectStore('segmentShards');
          const read = store.get(k);
          read.onsuccess = () => {
            (globalThis as unknown as Record<string, unknown>).__takenShard = read.result;
            store.delete(k);
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    DB,
    key,
  );
  return () =>
    page.evaluate(
      (name, k) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('segmentShards', 'readwrite');
            tx.objectStore('segmentShards').put(
              (globalThis as unknown as Record<string, unknown>).__takenShard,
              k,
            );
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      DB,
      key,
    );
}
