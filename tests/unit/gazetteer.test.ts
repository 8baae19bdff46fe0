// The committed gazetteer is exactly what scripts/gazetteer.mjs makes from the installed packages, and it
// gives the compiler what it relies on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteerText, OUT_FILE } from '../../scripts/gazetteer.mjs';
import { lexiconTags } from '../../src/core/dataset/lexicon';

describe('gazetteer', () => {
  it('is up to date with its packages (run npm run gazetteer after upgrading one)', () => {
    expect(readFileSync(OUT_FILE, 'utf8')).toBe(gazetteerText());
  });

  it('types countries, country codes in capitals, capitals, big cities and given names', () => {
    expect(lexiconTags('New Zealand').has('Country')).toBe(true);
    expect(lexiconTags('US').has('Country')).toBe(true);
    expect(lexiconTags('us').has('Country')).toBe(false);
    expect(lexiconTags('Astana').has('Place')).toBe(true);
    expect(lexiconTags('Rotterdam').has('City')).toBe(true);
    expect(lexiconTags('Takuya').has('FirstName')).toBe(false);
    expect(lexiconTags('Graeme').has('FirstName')).toBe(true);
    // A given name that is also a word keeps the word's tags only.
    expect(lexiconTags('Hope').has('FirstName')).toBe(false);
  });
});
