// Runs the dataset compiler benchmark through Vite's module runner (no separate TypeScript runner):
//   node bench/compile.mjs [articles]      (npm run bench:compile: 10,000 articles)
import { runnerImport } from 'vite';

const count = Number(process.argv[2] ?? 10000);
const { module } = await runnerImport('./bench/compile-bench.ts', { configFile: false, logLevel: 'warn' });
module.runCompileBench(count);
