import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CEILING_BYTES, checkContentBudget, contentScriptSizes } from '../../scripts/content-budget.mjs';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A build directory whose one content script is `bytes` of incompressible text. */
function buildWith(bytes: number): string {
  dir = mkdtempSync(join(tmpdir(), 'factlens-budget-'));
  mkdirSync(join(dir, 'src/content'), { recursive: true });
  writeFileSync(join(dir, 'src/content/index.js'), randomBytes(bytes).toString('base64').slice(0, bytes));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ content_scripts: [{ js: ['src/content/index.js'] }, { js: ['src/content/index.js'] }] }),
  );
  return dir;
}

describe('content script budget', () => {
  it('counts each content script of the manifest once, gzipped', () => {
    const { sizes, gzip } = contentScriptSizes(buildWith(4_000));
    expect(sizes.map((s) => s.file)).toEqual(['src/content/index.js']);
    expect(gzip).toBeGreaterThan(2_500);
    expect(gzip).toBeLessThan(4_000);
  });

  it('fails a build whose content scripts are above the ceiling', () => {
    expect(() => checkContentBudget(buildWith(CEILING_BYTES * 1.5))).toThrow(/above the .* ceiling/);
  });

  it('passes one below it', () => {
    expect(checkContentBudget(buildWith(CEILING_BYTES / 2))).toMatch(/content scripts at start/);
  });
});
