// Helpers that act from inside an extension page: storage, raw messages, and axe-core checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

// Each helper is its own page.evaluate: extension pages forbid eval, so no code can be passed as text.

export function sendRaw(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
    return (scope.browser ?? scope.chrome).runtime.sendMessage(m);
  }, message);
}

export function setLocal(page: Page, items: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (i) => {
    type Storage = { storage: { local: { set(v: object): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
    await (scope.browser ?? scope.chrome).storage.local.set(i);
  }, items);
}

export function getLocal(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    type Storage = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
    return (await (scope.browser ?? scope.chrome).storage.local.get(k))[k];
  }, key);
}

export function tabIdOf(page: Page, url: string): Promise<number | undefined> {
  return page.evaluate(async (u) => {
    type Tabs = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
    const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
    const tabs = await (scope.browser ?? scope.chrome).tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
}

/** Removes imported articles and stored settings, so each test starts from a fresh install's state. */
export async function resetState(page: Page): Promise<void> {
  await sendRaw(page, { factlens: 1, type: 'deleteImported', payload: { all: true } });
  await page.evaluate(async () => {
    type Storage = { storage: { local: { remove(k: string): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
    await (scope.browser ?? scope.chrome).storage.local.remove('settings');
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
}

/** axe-core's serious and critical violations on the page (evaluated directly: pages' CSP forbids inline scripts). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> };
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}

/** A message to a tab's top frame, as the worker's command path and the popup send it. */
export function sendToTab(page: Page, tabId: number, message: unknown): Promise<unknown> {
  return page.evaluate(
    (id, m) => {
      type Tabs = { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      return (scope.browser ?? scope.chrome).tabs.sendMessage(id, m, { frameId: 0 });
    },
    tabId,
    message,
  );
}
