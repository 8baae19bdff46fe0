// npm start: build, serve a demo page made from the bundled articles, and open it in a browser
// with the extension loaded. `-- --firefox` uses Firefox; `-- --headless --screenshot FILE` runs
// without a display, hovers a mention and saves a picture of the open card (`--view popup|options`
// pictures those pages instead; `--dark` asks for the dark colour scheme).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readBuiltDataset, renderDemoPage } from './demo-page.mjs';
import { launchWithExtension } from './launch-browser.mjs';
import { prepareView, VIEWS } from './screenshots.mjs';
import { servePages } from './serve-pages.mjs';

const { values } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    mention: { type: 'string', default: 'Putin' },
    view: { type: 'string', default: 'card' },
    dark: { type: 'boolean', default: false },
  },
});
const kind = values.firefox ? 'firefox' : 'chrome';
if (!VIEWS.includes(values.view)) {
  console.error(`--view must be one of ${VIEWS.join(', ')}`);
  process.exit(2);
}

if (!values['no-build']) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = await servePages({ '/': renderDemoPage(readBuiltDataset(kind)) });
const { browser, extensionOrigin } = await launchWithExtension({
  kind,
  headless: values.headless,
  dark: values.dark,
});
const [page] = await browser.pages();
const tab = page ?? (await browser.newPage());
await tab.goto(`${server.origin}/`);
// The install opened the welcome page in front of it.
await tab.bringToFront();
console.log(`Demo page: ${server.origin}/ in ${kind === 'firefox' ? 'Firefox' : 'Chromium'}`);

if (values.screenshot) {
  const { fullPage, shot = tab } = await prepareView(tab, {
    view: values.view,
    mention: values.mention,
    demoUrl: `${server.origin}/`,
    extensionOrigin,
  });
  await shot.screenshot({ path: values.screenshot, fullPage });
  console.log(`Saved ${values.screenshot}`);
}

if (values.headless) {
  await browser.close();
  await server.close();
} else {
  console.log('Close the browser window to stop.');
  browser.on('disconnected', () => server.close().then(() => process.exit(0)));
}
