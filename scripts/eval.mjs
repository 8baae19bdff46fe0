// npm run eval: compiles the gold corpora with the real compiler and matcher and prints the scores.
//   node scripts/eval.mjs [--verbose]     (--verbose also lists false and missed names)
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tests/eval/report.ts', { configFile: false, logLevel: 'warn' });
module.printReport(process.argv.includes('--verbose'));
