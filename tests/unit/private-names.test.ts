// Which marks are private (drawn out of the page's reach): names only the imported articles give.
import { describe, expect, it } from 'vitest';
import { privacyTest, privateNames } from '../../src/core/match/private-names';

const bundled = [
  { id: 'vladimir-putin', aliases: ['Vladimir Putin', 'Putin'] },
  { id: 'moscow', aliases: ['Moscow'] },
];

describe('private names', () => {
  it('are the entities and aliases the bundled dataset lacks, and nothing else', () => {
    const served = [
      { id: 'vladimir-putin', aliases: ['Vladimir  Putin', 'Putin', 'Vlad'] },
      { id: 'moscow', aliases: ['Moscow'] },
      { id: 'ingrid-halvorsen', aliases: ['Ingrid Halvorsen', 'Halvorsen'] },
    ];
    const names = privateNames(bundled, served);
    expect(names).toEqual({
      entityIds: ['ingrid-halvorsen'],
      aliases: [{ entityId: 'vladimir-putin', alias: 'Vlad' }],
    });
    const isPrivate = privacyTest(names);
    expect(isPrivate('ingrid-halvorsen', 'Halvorsen')).toBe(true);
    // A new alias of a bundled entity tells what the reader's articles say about it.
    expect(isPrivate('vladimir-putin', 'Vlad')).toBe(true);
    // Whitespace differences are not new aliases: the matcher normalises them the same way.
    expect(isPrivate('vladimir-putin', 'Vladimir Putin')).toBe(false);
    expect(isPrivate('moscow', 'Moscow')).toBe(false);
  });

  it('make nothing private when nothing is imported', () => {
    expect(privacyTest(undefined)('anyone', 'Anyone')).toBe(false);
    expect(privacyTest(privateNames(bundled, bundled))('moscow', 'Moscow')).toBe(false);
  });
});
