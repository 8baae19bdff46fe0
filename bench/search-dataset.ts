// Compiles `count` real-like articles (real-like-articles.ts) with the project's own compiler and writes
// the dataset to the given file: the input of the search benchmark's rows.
import { writeFileSync } from 'node:fs';
import { DatasetCompiler } from '../src/core/dataset/compiler';
import { realLikeArticles } from './real-like-articles';

const [countArg, outFile] = process.argv.slice(2) as [string, string];
const compiler = new DatasetCompiler({});
for (const article of realLikeArticles(Number(countArg))) compiler.add(article);
writeFileSync(outFile, JSON.stringify(compiler.finish()));
