// Builds dist/chrome and dist/firefox from the one manifest, one after the other.
import { build } from 'vite';
import { checkContentBudget } from './content-budget.mjs';
import { noHtmlSink } from './no-html-sink.mjs';

/** card.js (all builds but FACTLENS_CARD=bundled): one self-contained IIFE the worker injects, so nothing is web-accessible. */
async function buildCardScript(target) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [noHtmlSink()],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: false,
      target: target === 'chrome' ? 'chrome120' : 'firefox150',
      minify: true,
      lib: {
        entry: 'src/content/card-entry.tsx',
        formats: ['iife'],
        name: 'factlensCard',
        fileName: () => 'card.js',
      },
    },
  });
}

for (const target of ['chrome', 'firefox']) {
  process.env.FACTLENS_BROWSER = target;
  try {
    // The config imports the TypeScript dataset compiler; the module runner loads it like the app code.
    await build({ configFile: 'vite.config.ts', configLoader: 'runner', logLevel: 'warn' });
  } catch (error) {
    // A bad article file surfaces here: say which file and why, without the bundler's stack.
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `Build failed (dist/${target} not written):\n${message.replace(/^Build failed with \d+ errors?:\n/, '')}`,
    );
    process.exit(1);
  }
  if (process.env.FACTLENS_CARD !== 'bundled') {
    await buildCardScript(target);
    try {
      console.log(checkContentBudget(`dist/${target}`));
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
  }
  console.log(`built dist/${target}`);
}
