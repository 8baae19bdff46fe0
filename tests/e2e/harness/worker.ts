// Stops the extension's service worker the way Chromium does after 30 s idle, and waits until it is
// gone: the next message must wake a fresh worker. Firefox offers no way to stop a background script.
import { expect } from 'vitest';
import { waitFor } from './marks';
import type { Session } from './session';

export async function stopChromiumWorker(session: Session): Promise<void> {
  const cdp = await session.browser.target().createCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
  );
  expect(worker).toBeDefined();
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await waitFor(
    async () =>
      (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === worker?.targetId),
    (alive) => !alive,
    'the worker to stop',
  );
  await cdp.detach();
}
