// Surnames: what a person is called by after the first mention.

/** Lower-case particles that belong to a surname: "von der Leyen", "de la Pazuela". */
const SURNAME_PARTICLES = new Set('de del della da di du der den van von la le bin ibn al el'.split(' '));
/** Written after a surname but never a surname: "Andrew J. Evans Jr.", "Henry VIII" (numerals to 39). */
const GENERATION = /^(?:Jr|Sr|X{0,3}(?:IX|IV|V?I{1,3}|V))\.?$/;

export function isGenerationSuffix(word: string): boolean {
  return GENERATION.test(word);
}

/** The surname, keeping particles: "Ursula von der Leyen" → "von der Leyen", "Evans Jr" → "Evans". */
export function surnameOf(words: string[]): string {
  let end = words.length;
  while (end > 1 && GENERATION.test(words[end - 1] ?? '')) end--;
  const name = words.slice(0, end);
  const particle = name.findIndex((word, i) => i > 0 && SURNAME_PARTICLES.has(word));
  return particle > 0 ? name.slice(particle).join(' ') : (name[name.length - 1] ?? '');
}
