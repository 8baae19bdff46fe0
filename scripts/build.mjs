// Builds dist/chrome and dist/firefox from the one manifest, one after the other.
import { build } from 'vite';

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
  console.log(`built dist/${target}`);
}
