// Builds dist/chrome and dist/firefox from the one manifest, one after the other.
import { build } from 'vite';
import { checkContentBudget } from './content-budget.mjs';
import { noHtmlSink } from './no-html-sink.mjs';

/**
 * card.js and interaction.js (all builds but FACTLENS_CARD=bundled): each one self-contained IIFE
 * the worker injects, so nothing is web-accessible.
 */
async function buildInjectedScript(target, entry, file, name) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [noHtmlSink()],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: false,
      target: target === 'chrome' ? 'chrome120' : 'firefox150',
      minify: process.env.FACTLENS_MINIFY !== '0',
      lib: {
        entry,
        formats: ['iife'],
        name,
        fileName: () => file,
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
    await buildInjectedScript(target, 'src/content/card-entry.tsx', 'card.js', 'factlensCard');
    await buildInjectedScript(
      target,
      'src/content/interaction-entry.ts',
      'interaction.js',
      'factlensInteraction',
    );
    // An unminified build (for reading profiles) is not what ships: its size says nothing.
    if (process.env.FACTLENS_MINIFY !== '0')
      try {
        console.log(checkContentBudget(`dist/${target}`));
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
      }
  }
  console.log(`built dist/${target}`);
}
