// Compiles N synthetic articles through the streaming DatasetCompiler and reports throughput and memory.
import { DatasetCompiler } from '../src/core/dataset/compiler';
import { syntheticArticles } from './generate-articles';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

export function runCompileBench(count: number): void {
  let peakHeap = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const compiler = new DatasetCompiler();
  const started = performance.now();
  let added = 0;
  for (const file of syntheticArticles(count)) {
    compiler.add(file);
    if (++added % 1000 === 0) {
      sample();
      const heap = mb(process.memoryUsage().heapUsed);
      console.log(
        `  added ${added} articles, ${((performance.now() - started) / 1000).toFixed(1)} s, heap ${heap}`,
      );
    }
  }
  const scanned = performance.now();
  const dataset = compiler.finish();
  const finished = performance.now();
  sample();
  const json = JSON.stringify(dataset);
  const total = (performance.now() - started) / 1000;
  sample();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(`articles:        ${dataset.articles.length}`);
  console.log(`entities, facts: ${dataset.entities.length}, ${dataset.facts.length}`);
  console.log(`scan (add):      ${((scanned - started) / 1000).toFixed(1)} s`);
  console.log(`finish:          ${((finished - scanned) / 1000).toFixed(1)} s`);
  console.log(`total:           ${total.toFixed(1)} s, ${(count / total).toFixed(0)} articles/s`);
  console.log(`dataset.json:    ${mb(json.length)}`);
  console.log(`peak heap used:  ${mb(peakHeap)} (sampled)`);
  console.log(`peak RSS:        ${mb(peakRss)}`);
}
