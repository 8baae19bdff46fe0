// Prints the eval's tables (npm run eval): one column per corpus, the rows the README quotes.
import { scoreAll } from './corpora';
import type { CorpusScores, PRF } from './score';

const f = (n: number) => n.toFixed(2);
const prf = (s: PRF) => `${f(s.p)} / ${f(s.r)} / ${f(s.f1)}`;

const ROWS: Array<[string, (s: CorpusScores) => string]> = [
  ['articles, text', (s) => `${s.articles}, ${s.textKB.toFixed(0)} KB`],
  ['entities exact P / R / F1', (s) => prf(s.entities.exact)],
  ['entities relaxed P / R / F1', (s) => prf(s.entities.relaxed)],
  [
    'typed F1 (PER / ORG / LOC)',
    (s) =>
      `${f(s.typed.overall.f1)} (${f(s.typed.person.f1)} / ${f(s.typed.organisation.f1)} / ${f(s.typed.place.f1)})`,
  ],
  ['other-typed F1', (s) => f(s.typed.other.f1)],
  ['type accuracy (exact names)', (s) => f(s.typeAccuracy)],
  ['entities typed other', (s) => `${(s.otherShare * 100).toFixed(0)}%`],
  ['marks exact P / R', (s) => `${f(s.marks.exact.p)} / ${f(s.marks.exact.r)}`],
  ['marks, each article alone', (s) => `${f(s.marksAlone.p)} / ${f(s.marksAlone.r)}`],
  ['full name + short form merged', (s) => `${s.grouping.merged} of ${s.grouping.pairs}`],
  ['names wrongly merged', (s) => String(s.grouping.wronglyMerged)],
  [
    'short-form facts wrong',
    (s) =>
      `${s.shortForms.wrong} of ${s.shortForms.judged} (${s.shortForms.wrongFromUnsafeAlias} from a letter, word or place)`,
  ],
  ['compile speed', (s) => `${(s.textKB / s.compileSeconds).toFixed(0)} KB/s`],
];

export function printReport(verbose = false): CorpusScores[] {
  const scores = scoreAll();
  const width = Math.max(...ROWS.map(([label]) => label.length));
  const cells = ROWS.map(([label, cell]) => [label, ...scores.map(cell)]);
  const colWidths = scores.map((_, i) =>
    Math.max(scores[i]?.corpus.length ?? 0, ...cells.map((row) => row[i + 1]?.length ?? 0)),
  );
  const line = (row: string[]) =>
    `| ${(row[0] ?? '').padEnd(width)} | ${row
      .slice(1)
      .map((c, i) => c.padEnd(colWidths[i] ?? 0))
      .join(' | ')} |`;
  console.log(line(['', ...scores.map((s) => s.corpus)]));
  console.log(line(['-'.repeat(width), ...colWidths.map((w) => '-'.repeat(w))]));
  for (const row of cells) console.log(line(row));
  for (const s of scores)
    if (s.excluded) console.log(`${s.corpus}: ${s.excluded} nationality adjectives (MISC) not scored`);
  if (verbose) {
    for (const s of scores) {
      console.log(`\n${s.corpus} false names: ${s.examples.falseNames.join(' · ')}`);
      console.log(`${s.corpus} missed names: ${s.examples.missedNames.join(' · ')}`);
      console.log(`${s.corpus} wrong short-form facts:\n  ${s.examples.wrongShortForms.join('\n  ')}`);
    }
  }
  return scores;
}
