// The first run: a new install opens the welcome page once. Updates and browser updates do not, so a
// reader is never shown it again after the first time.
import type browser from 'webextension-polyfill';

export const WELCOME_PAGE = 'src/welcome/index.html';

type InstallDetails = Pick<browser.Runtime.OnInstalledDetailsType, 'reason'>;

/** The onInstalled listener: opens `welcomeUrl` in a new tab on "install" only. */
export function welcomeOnInstall(
  openTab: (url: string) => Promise<unknown>,
  welcomeUrl: string,
): (details: InstallDetails) => Promise<void> {
  return async ({ reason }) => {
    if (reason !== 'install') return;
    await openTab(welcomeUrl);
  };
}
