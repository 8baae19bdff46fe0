import { describe, expect, it } from 'vitest';
import { badgeText, createBadgeHandlers } from '../../src/background/badge-handlers';
import { welcomeOnInstall } from '../../src/background/welcome';

describe('toolbar badge', () => {
  it('shows the count, nothing for none, and at most four characters', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });

  it('sets the badge of the sender’s tab, from its top frame only', async () => {
    const set: Array<[number, string]> = [];
    const { reportMarkedNames } = createBadgeHandlers({
      setBadgeText: async (tabId, text) => {
        set.push([tabId, text]);
      },
    });
    expect(await reportMarkedNames({ count: 7 }, { tab: { id: 4 }, frameId: 0 })).toEqual({ shown: '7' });
    expect(await reportMarkedNames({ count: 0 }, { tab: { id: 4 }, frameId: 0 })).toEqual({ shown: '' });
    await expect(reportMarkedNames({ count: 2 }, { tab: { id: 4 }, frameId: 3 })).rejects.toThrow(
      /top frame/,
    );
    await expect(reportMarkedNames({ count: 2 }, { frameId: 0 })).rejects.toThrow(/top frame/);
    expect(set).toEqual([
      [4, '7'],
      [4, ''],
    ]);
  });
});

describe('welcome page', () => {
  it('opens on a new install only, not on an update', async () => {
    const opened: string[] = [];
    const listener = welcomeOnInstall(async (url) => opened.push(url), 'ext://welcome');
    await listener({ reason: 'update' });
    await listener({ reason: 'browser_update' });
    expect(opened).toEqual([]);
    await listener({ reason: 'install' });
    expect(opened).toEqual(['ext://welcome']);
  });
});
