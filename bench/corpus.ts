// Synthetic benchmark input: English-like filler (common words, capitalised sentence starts,
// punctuation) with names from the alias set sprinkled in. Deterministic, so runs compare.
// Clearly made up: no real article text, no real claims about anyone.

import type { MatchAlias } from '../src/core/protocol';

/** A small seeded PRNG (mulberry32-style mixing), so every run generates the same text. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = `the of and to in a is that for it as was with be by on not he this are or his from at which
but have an they you were her she there would their we him been has when who will more no if out so said what
up its about into than them can only other new some could time these two may then do first any my now such like
our over man me even most made after also did many before must through back years where much your way well down
should because each just those people how too little state good very make world still own see men work long get
here between both life being under never day same another know while last might us great old year off come since
against go came right used take three states himself few house use during without again place around however home
small found thought went say part once general high upon school every government until always away something fact
though water less public put think almost hand enough far took head yet system better set told nothing night end
why called eyes find going look asked later knew point next city business group toward young days let room united
president side social given present several order national possible rather second face per among form important
often things looked early white case become large big need four within felt along children saw best church ever
least power development light thing seemed family interest want members mind country area others done turned
although open problem certain kind began different door thus help sense means whole matter perhaps itself york
times human law line above name example action company hands local show whether five history gave today either act
feet across taken past quite anything seen having death week experience body word half really field am car words
already themselves information tell together college shall money period held keep sure probably free seems real
behind cannot miss political air question office brought whose special heard major problems ago became federal
moment study available known result street economic boy position reason change south board individual job areas
society west close turn love community true court force full seem am policy`.split(/\s+/);

const PUNCT = [',', ',', ',', ';', ':', ' —', ''];

export interface CorpusOptions {
  chars: number;
  aliases: readonly MatchAlias[];
  /** Chance that a word slot holds a name instead of filler. */
  nameRate?: number;
  seed?: number;
}

/** Text of about `chars` UTF-16 units, in paragraphs of sentences, with names in possessives and brackets. */
export function generateText({ chars, aliases, nameRate = 0.01, seed = 7 }: CorpusOptions): string {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const words = 6 + Math.floor(rand() * 18);
    let sentence = '';
    for (let w = 0; w < words; w++) {
      let word: string;
      if (aliases.length > 0 && rand() < nameRate) {
        const name = pick(aliases).alias;
        const r = rand();
        word = r < 0.1 ? `${name}'s` : r < 0.15 ? `${name}’s` : r < 0.2 ? `(${name})` : name;
      } else {
        word = pick(FILLER);
        if (w === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
      }
      sentence += w === 0 ? word : ` ${word}`;
      if (w < words - 1 && rand() < 0.08) sentence += pick(PUNCT);
    }
    sentence += rand() < 0.9 ? '. ' : '? ';
    if (rand() < 0.15) sentence += '\n\n';
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('').slice(0, chars);
}
